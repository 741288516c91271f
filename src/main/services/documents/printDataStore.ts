import { randomBytes } from 'node:crypto'

/**
 * Hands a print payload to the print view without the api: the host puts it here, the page
 * fetches `GET /print-data/<token>.json` once (the path printDataPath() builds). The token is
 * 256 random bits, so another local page cannot guess it, and an entry lives only until it is
 * fetched, the print finishes, or 60 s pass, whichever comes first: payloads hold school data.
 */
export interface PrintDataStore {
  /** Stores the payload as JSON now (later changes to the object do not leak in) and returns its token. */
  put(payload: unknown): string
  /** The JSON text, removing the entry; undefined for unknown, used or expired tokens. */
  take(token: string): string | undefined
  /** Forgets a token whether or not it was fetched (the print is over). */
  release(token: string): void
  clear(): void
  readonly size: number
}

export const PRINT_DATA_TTL_MS = 60_000

/** The token from `/print-data/<token>.json`, or null when the path is anything else. */
export const printDataToken = (pathname: string): string | null =>
  /^\/print-data\/([A-Za-z0-9_-]{43})\.json$/.exec(pathname)?.[1] ?? null

export const isPrintDataPath = (pathname: string): boolean => pathname.startsWith('/print-data/')

export const createPrintDataStore = ({ ttlMs = PRINT_DATA_TTL_MS, now = Date.now } = {}): PrintDataStore => {
  const entries = new Map<string, { json: string; expiresAt: number }>()
  // Expired entries are dropped on every put, so the map cannot grow without bound and no
  // timers are needed (a timer would also keep the process alive).
  const sweep = () => {
    const time = now()
    for (const [token, entry] of entries) if (entry.expiresAt <= time) entries.delete(token)
  }
  return {
    put(payload) {
      sweep()
      const token = randomBytes(32).toString('base64url')
      entries.set(token, { json: JSON.stringify(payload) ?? 'null', expiresAt: now() + ttlMs })
      return token
    },
    take(token) {
      const entry = entries.get(token)
      entries.delete(token)
      return entry && entry.expiresAt > now() ? entry.json : undefined
    },
    release: (token) => void entries.delete(token),
    clear: () => entries.clear(),
    get size() {
      return entries.size
    }
  }
}
