/**
 * The app's pages, in navigation order. Hash routes (`#/settings`) because the app loads from a
 * custom protocol or a file, where path routes would ask the loader for files that do not exist.
 */
export const ROUTES = ['report', 'register', 'worksheets', 'actions', 'meetings', 'dashboard', 'settings'] as const
export type RouteId = (typeof ROUTES)[number]

/** Pages that are still placeholders; each has a `comingSoon.<id>` text in the catalog. */
export type PlaceholderRouteId = Exclude<RouteId, 'settings'>

export const hrefFor = (route: RouteId): string => `#/${route}`

/** `#/settings` -> 'settings'; an empty or unknown hash -> null (the app picks a default). */
export function parseHash(hash: string): RouteId | null {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return (ROUTES as readonly string[]).includes(name) ? (name as RouteId) : null
}
