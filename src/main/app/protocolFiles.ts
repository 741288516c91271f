import path from 'node:path'
import { APP_HOST, APP_SCHEME } from './origin'

type PathApi = Pick<typeof path, 'resolve' | 'sep'>

/**
 * The Content-Security-Policy sent with every file the app serves: scripts only from our own
 * files, no network, no plugins, no framing. Inline styles are allowed because React and
 * recharts set `style` attributes.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'"
].join('; ')

/**
 * Map an `app://close-call/...` URL to a file under `rootDir` (the built renderer), or null
 * when it must not be served. Refused rather than "cleaned up": `..` segments (also
 * percent-encoded), empty segments (`//x`, which would read as an absolute path), backslashes,
 * drive letters and colons, NUL bytes, bad percent-encoding, other hosts and schemes.
 * `pathApi` lets tests check Windows path rules on any machine.
 */
export function resolveAppFile(rootDir: string, requestUrl: string, pathApi: PathApi = path): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host.toLowerCase() !== APP_HOST || url.username || url.password) return null

  let decoded: string
  try {
    // Chromium gives a standard scheme at least "/"; WHATWG URL in Node may give "".
    decoded = decodeURIComponent(url.pathname || '/')
  } catch {
    return null
  }
  if (!decoded.startsWith('/') || /[\\:\0]/.test(decoded)) return null

  const segments = decoded.slice(1).split('/')
  const last = segments.length - 1
  const badSegment = segments.some(
    (segment, index) => segment === '..' || segment === '.' || (segment === '' && index !== last)
  )
  if (badSegment) return null
  if (segments[last] === '') segments[last] = 'index.html'

  const root = pathApi.resolve(rootDir)
  const file = pathApi.resolve(root, ...segments)
  return file.startsWith(root.endsWith(pathApi.sep) ? root : root + pathApi.sep) ? file : null
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf'
}

/** Content-Type by extension; unknown files are opaque bytes (and `nosniff` stops guessing). */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers for every file served on app://. */
export function responseHeadersFor(filePath: string): Record<string, string> {
  return {
    'Content-Type': contentTypeFor(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache'
  }
}
