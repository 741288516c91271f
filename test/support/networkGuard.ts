import type { Page } from 'playwright-core'

export interface NetworkGuard {
  /** Every URL the page asked for, in order. */
  readonly requests: readonly string[]
  /** Uncaught exceptions in the page. */
  readonly pageErrors: readonly string[]
  /** Requests that went anywhere but the preview server (or data:/blob:). */
  offenders(): string[]
}

const LOCAL_SCHEMES = new Set(['data:', 'blob:'])

/**
 * The app must never reach the network (ARCHITECTURE.md). Records each request and WebSocket
 * the page makes; anything not to the preview's own origin is also aborted, so a leak fails the
 * test instead of reaching the internet.
 */
export const guardNetwork = (page: Page, allowedOrigin: string): NetworkGuard => {
  const requests: string[] = []
  const pageErrors: string[] = []
  const isAllowed = (url: string) => {
    const parsed = new URL(url)
    return parsed.origin === allowedOrigin || LOCAL_SCHEMES.has(parsed.protocol)
  }
  page.on('request', (request) => requests.push(request.url()))
  page.on('websocket', (socket) => requests.push(socket.url()))
  page.on('pageerror', (error) => pageErrors.push(error.message))
  void page.route(
    (url) => !isAllowed(url.href),
    (route) => route.abort('blockedbyclient')
  )
  return {
    requests,
    pageErrors,
    offenders: () => requests.filter((url) => !isAllowed(url))
  }
}
