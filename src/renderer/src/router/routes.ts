/**
 * The app's pages, in navigation order. Hash routes (`#/settings`) because the app loads from a
 * custom protocol or a file, where path routes would ask the loader for files that do not exist.
 */
export const ROUTES = ['report', 'register', 'worksheets', 'actions', 'meetings', 'dashboard', 'settings'] as const
/** A page in the main navigation. */
export type NavRouteId = (typeof ROUTES)[number]

/** Pages opened from another page rather than from the navigation: `#/reports/42` is one report. */
export const INNER_ROUTES = ['reports'] as const
export type RouteId = NavRouteId | (typeof INNER_ROUTES)[number]

/** Pages that are still placeholders; each has a `comingSoon.<id>` text in the catalog. */
export type PlaceholderRouteId = Exclude<NavRouteId, 'settings' | 'register'>

export const hrefFor = (route: NavRouteId): string => `#/${route}`

/** One report's page. */
export const reportHref = (id: number): string => `#/reports/${id}`

/** `#/reports/42` -> 42; anything else -> null. */
export function parseReportId(hash: string): number | null {
  const match = /^#\/?reports\/(\d{1,15})(?:[?/]|$)/.exec(hash)
  const id = match ? Number(match[1]) : Number.NaN
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

/** The query part of the hash: `#/register?status=new` -> URLSearchParams `status=new`. */
export function hashQuery(hash: string): URLSearchParams {
  const at = hash.indexOf('?')
  return new URLSearchParams(at === -1 ? '' : hash.slice(at + 1))
}

/** `#/settings` -> 'settings'; an empty or unknown hash -> null (the app picks a default). */
export function parseHash(hash: string): RouteId | null {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return ([...ROUTES, ...INNER_ROUTES] as readonly string[]).includes(name) ? (name as RouteId) : null
}
