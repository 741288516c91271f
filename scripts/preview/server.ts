import { randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdir, readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { startBackend } from '../../src/main/backend'
import { fail, type IpcResult } from '../../src/shared/ipc/result'
import { API_SCRIPT_PATH, injectApiScript, IPC_PATH, renderApiScript, TOKEN_HEADER } from './apiScript'
import { createChromiumPdfHost, type ChromiumPdfHost } from './chromiumPdfHost'
import { createPrintDataStore, isPrintDataPath, printDataToken, type PrintDataStore } from '../../src/main/services/documents/printDataStore'
import { createStaticFiles } from './staticFiles'

export interface PreviewServerOptions {
  /** Folder for close-call.db; created if missing. */
  dataDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** src/main/db/migrations. */
  migrationsFolder: string
  version?: string
  /** Where exported PDFs go (the preview has no save dialog); default `<dataDir>/exports`. */
  exportDir?: string
  /** How long a print view may take to say it is ready; tests shorten it. */
  printReadyTimeoutMs?: number
}

export interface PreviewServer {
  /** http://127.0.0.1:PORT/ */
  url: string
  port: number
  databaseFile: string
  exportDir: string
  /** The preview's PDF printer, as the backend uses it (exposed for tests). */
  documentHost: ChromiumPdfHost
  /** Payloads waiting for their print view (exposed for tests). */
  printData: PrintDataStore
  /** Stops accepting requests, waits for calls in flight, closes the PDF browser, then the database. */
  close(): Promise<void>
}

const HOST = '127.0.0.1'
/** Generous for photo attachments later; anything bigger is a mistake or an attack. */
const MAX_BODY_BYTES = 32 * 1024 * 1024

/**
 * How the page gets the token, and why it is safe (CSP stays `script-src 'self'`,
 * `connect-src 'self'`, no inline script):
 *
 * The token lives only inside the generated /__preview/api.js, which index.html loads as a
 * same-origin classic script. The threat is another web page in the same browser (any origin,
 * including other ports on 127.0.0.1) driving the api. Such a page
 *  - cannot read api.js with fetch (no CORS headers), and cannot run it with <script src>:
 *    the server refuses any request whose Sec-Fetch-Site is not `same-origin`, and also sends
 *    `Cross-Origin-Resource-Policy: same-origin`, so Chromium blocks the load a second way;
 *  - cannot use DNS rebinding (evil.example -> 127.0.0.1): every request must carry
 *    `Host: 127.0.0.1:PORT` exactly;
 *  - cannot forge the IPC POST: it needs the custom token header (which also forces a CORS
 *    preflight we never answer) and `Origin: http://127.0.0.1:PORT`.
 * A cookie was the alternative, but cookies are not isolated by port, so every other local
 * server would receive it. Local non-browser processes can read api.js (no Sec-Fetch-Site),
 * but they could read the database file directly anyway: they are outside this threat model.
 */
const newToken = () => randomBytes(32).toString('base64url')

const sameSecret = (given: string | string[] | undefined, expected: string): boolean => {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  // Only what a <meta> CSP cannot say; the app's own policy stays in index.html.
  'content-security-policy': "frame-ancestors 'none'"
}

const send = (res: ServerResponse, status: number, contentType: string, body: string | Buffer, head = false) => {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store'
  })
  res.end(head ? undefined : body)
}

const sendResult = (res: ServerResponse, status: number, result: IpcResult<unknown>) =>
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result))

const sendText = (res: ServerResponse, status: number, text: string) =>
  send(res, status, 'text/plain; charset=utf-8', text + '\n')

class BodyTooLarge extends Error {}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge()
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const startPreviewServer = async (options: PreviewServerOptions): Promise<PreviewServer> => {
  const files = await createStaticFiles(options.rendererDir)
  // Read now so a missing build fails at start, not on the first page load.
  injectApiScript(
    await readFile(files.indexFile, 'utf8').catch(() => {
      throw new Error(`No built renderer at ${files.indexFile}: run \`npx electron-vite build\` first.`)
    })
  )

  await mkdir(options.dataDir, { recursive: true })
  const exportDir = options.exportDir ?? join(options.dataDir, 'exports')
  const printData = createPrintDataStore()
  let pageUrl = ''
  const documentHost = createChromiumPdfHost({
    pageUrl: () => pageUrl,
    store: printData,
    exportDir,
    readyTimeoutMs: options.printReadyTimeoutMs
  })
  const backend = startBackend({
    dataDir: options.dataDir,
    migrationsFolder: options.migrationsFolder,
    runtime: 'browser-preview',
    version: options.version ?? '0.0.0-preview',
    log: (message, error) => console.error(`[preview] ${message}`, error),
    documentHost
  })

  const token = newToken()
  const inFlight = new Set<Promise<unknown>>()
  let expectedHost = ''
  let expectedOrigin = ''

  const handleIpc = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'POST') return sendResult(res, 405, fail('FORBIDDEN', 'Use POST.'))
    if (req.headers.origin !== expectedOrigin) {
      return sendResult(res, 403, fail('FORBIDDEN', 'Requests must come from the preview page itself.'))
    }
    if (!sameSecret(req.headers[TOKEN_HEADER], token)) {
      return sendResult(res, 403, fail('FORBIDDEN', 'Missing or wrong preview token.'))
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendResult(res, 415, fail('INVALID_INPUT', 'Send JSON.'))
    }
    let message: unknown
    try {
      message = JSON.parse(await readBody(req))
    } catch (error) {
      if (error instanceof BodyTooLarge) return sendResult(res, 413, fail('INVALID_INPUT', 'Request too large.'))
      return sendResult(res, 400, fail('INVALID_INPUT', 'The request body is not valid JSON.'))
    }
    if (!isPlainObject(message)) {
      return sendResult(res, 400, fail('INVALID_INPUT', 'Expected {"channel", "input"}.'))
    }
    // dispatch validates the channel (UNKNOWN_CHANNEL) and the input (INVALID_INPUT) itself.
    const call = backend.dispatch(message.channel, message.input)
    inFlight.add(call)
    try {
      sendResult(res, 200, await call)
    } finally {
      inFlight.delete(call)
    }
  }

  const handleApiScript = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed')
    const site = req.headers['sec-fetch-site']
    if (site !== undefined && site !== 'same-origin') return sendText(res, 403, 'Forbidden')
    send(res, 200, 'text/javascript; charset=utf-8', renderApiScript(token), req.method === 'HEAD')
  }

  /**
   * The print view's data (printDataStore.ts). Guarded like api.js: only the preview's own pages
   * (Sec-Fetch-Site same-origin) may read it. GET only, because reading uses the token up.
   */
  const handlePrintData = (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed')
    const site = req.headers['sec-fetch-site']
    if (site !== undefined && site !== 'same-origin') return sendText(res, 403, 'Forbidden')
    const token = printDataToken(pathname)
    const json = token === null ? undefined : printData.take(token)
    if (json === undefined) return sendText(res, 404, 'Not found')
    send(res, 200, 'application/json; charset=utf-8', json)
  }

  const handleStatic = async (req: IncomingMessage, res: ServerResponse, pathname: string) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Method not allowed')
    const head = req.method === 'HEAD'
    if (pathname === '/' || pathname === '/index.html') {
      // Re-read each time so a rebuild shows up on reload.
      const html = injectApiScript(await readFile(files.indexFile, 'utf8'))
      return send(res, 200, 'text/html; charset=utf-8', html, head)
    }
    const file = await files.read(pathname)
    if (!file) return sendText(res, 404, 'Not found')
    send(res, 200, file.contentType, file.body, head)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.host !== expectedHost) {
      return sendText(res, 403, `Forbidden: open ${expectedOrigin}/ exactly as printed.`)
    }
    const { pathname } = new URL(req.url ?? '/', expectedOrigin)
    if (pathname === IPC_PATH) return handleIpc(req, res)
    if (pathname === API_SCRIPT_PATH) return handleApiScript(req, res)
    if (pathname.startsWith('/__preview/')) return sendText(res, 404, 'Not found')
    if (isPrintDataPath(pathname)) return handlePrintData(req, res, pathname)
    return handleStatic(req, res, pathname)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[preview] request failed:', error)
      if (!res.headersSent) sendResult(res, 500, fail('INTERNAL', 'The preview server failed.'))
      else res.destroy()
    })
  })

  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once('error', rejectListen)
      server.listen(options.port ?? 0, HOST, () => {
        server.off('error', rejectListen)
        resolveListen()
      })
    })
  } catch (error) {
    backend.close()
    await documentHost.close()
    throw error
  }

  const { port } = server.address() as AddressInfo
  expectedHost = `${HOST}:${port}`
  expectedOrigin = `http://${expectedHost}`
  pageUrl = `${expectedOrigin}/`

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      const stopped = new Promise<void>((resolveClose) => server.close(() => resolveClose()))
      server.closeIdleConnections()
      await Promise.allSettled([...inFlight])
      server.closeAllConnections()
      await stopped
      // After the calls in flight: a print still running needs its browser until it ends.
      await documentHost.close()
      printData.clear()
      backend.close()
    })()
    return closing
  }

  return { url: pageUrl, port, databaseFile: backend.databaseFile, exportDir, documentHost, printData, close }
}
