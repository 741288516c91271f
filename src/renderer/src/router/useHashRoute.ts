import { useSyncExternalStore } from 'react'
import { hrefFor, parseHash, type NavRouteId, type RouteId } from './routes'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const readHash = (): string => window.location.hash

/** The current route, or null when the hash names no page (first load, or a stale link). */
export function useHashRoute(): RouteId | null {
  return parseHash(useHash())
}

/** The whole hash, e.g. `#/register?status=new`, for pages that keep state in it. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, readHash)
}

/** Go to any hash (`#/reports/42`, `#/register?risk=high`); `replace` as for navigate. */
export function goToHash(hash: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) {
    window.history.replaceState(window.history.state, '', hash)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = hash
  }
}

/**
 * Go to a page. `replace` is for redirects (first load), so Back does not return to an empty hash
 * that would redirect again. replaceState fires no hashchange, so announce the change ourselves.
 */
export function navigate(route: NavRouteId, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) {
    window.history.replaceState(window.history.state, '', hrefFor(route))
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  } else {
    window.location.hash = hrefFor(route)
  }
}
