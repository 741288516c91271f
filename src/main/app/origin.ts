/**
 * The app's own origin. Pages are served from `app://close-call/` (see protocol.ts), a
 * privileged standard scheme, so the renderer has a real origin for CSP and for the IPC sender
 * check, instead of file:// where every local file shares one.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'close-call'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

function parse(url: string | undefined | null): URL | null {
  if (!url) return null
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True for URLs on our own origin. Compared by scheme and host, not `URL.origin`: WHATWG URL
 * (in Node and in tests) reports "null" as the origin of a custom scheme.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  const parsed = parse(url)
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST && !parsed.username && !parsed.password
}

/** True when `url` is on the same origin as the development server (dev only; null otherwise). */
export function isDevServerUrl(url: string | undefined | null, devServerUrl: string | null): boolean {
  if (!devServerUrl) return false
  const parsed = parse(url)
  const dev = parse(devServerUrl)
  return parsed !== null && dev !== null && parsed.origin === dev.origin
}

/** Where the main window may navigate: our own pages, or the dev server's in development. */
export function isAllowedNavigation(url: string, devServerUrl: string | null): boolean {
  return isAppUrl(url) || isDevServerUrl(url, devServerUrl)
}

/** Schemes that never leave the machine. Anything else (http, https, ftp, ws, ...) is cancelled. */
const LOCAL_SCHEMES = new Set([`${APP_SCHEME}:`, 'devtools:', 'data:', 'blob:', 'file:'])

/**
 * The network guard: no request leaves this computer. In development the dev server on
 * localhost is allowed too, including its hot-reload websocket.
 */
export function isAllowedRequest(url: string, devServerUrl: string | null): boolean {
  const parsed = parse(url)
  if (!parsed) return false
  if (parsed.protocol === `${APP_SCHEME}:`) return isAppUrl(url)
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true
  if (!devServerUrl) return false
  const dev = parse(devServerUrl)
  if (!dev) return false
  if (parsed.origin === dev.origin) return true
  const isSocket = parsed.protocol === 'ws:' || parsed.protocol === 'wss:'
  return isSocket && parsed.host === dev.host
}
