import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import type { PrintDataStore } from '../services/documents/printDataStore'
import { printDataToken } from '../services/documents/printDataStore'
import { APP_SCHEME } from './origin'
import { resolveAppFile, responseHeadersFor } from './protocolFiles'

/**
 * Must run before `app.ready`. Standard + secure gives app://close-call a real origin that
 * Chromium treats like https (CSP 'self', fetch, no mixed-content surprises).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }
  ])
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** Serve the built renderer (out/renderer) on app://close-call/, read-only, with a strict CSP. */
export function serveRenderer(rendererDir: string, printData: PrintDataStore): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed')
    // A print view's one-time data (see pdfHost.ts); only our own origin can ask for it.
    const token = printDataToken(new URL(request.url).pathname)
    if (token) {
      const json = printData.take(token)
      return json === undefined
        ? plain(404, 'Not found')
        : new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' } })
    }
    const file = resolveAppFile(rendererDir, request.url)
    if (!file) return plain(404, 'Not found')
    try {
      const body = await readFile(file)
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        headers: responseHeadersFor(file)
      })
    } catch {
      return plain(404, 'Not found')
    }
  })
}
