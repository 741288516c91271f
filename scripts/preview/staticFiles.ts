import { readFile, realpath, stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { contentTypeFor } from './mime'

export interface StaticFile {
  body: Buffer
  contentType: string
}

/**
 * Maps a URL path to a file inside `root`, or null (the caller answers 404). Refuses anything
 * that would leave the folder: encoded or plain `..`, backslashes, NUL bytes, and symlinks that
 * point outside. `/` is index.html; there is no SPA fallback because the app routes by hash.
 */
export const createStaticFiles = async (rootDir: string) => {
  const root = await realpath(rootDir)
  const inside = (path: string) => path === root || path.startsWith(root + sep)

  const resolveUrlPath = async (urlPath: string): Promise<string | null> => {
    let decoded: string
    try {
      decoded = decodeURIComponent(urlPath)
    } catch {
      return null
    }
    if (decoded.includes('\0') || decoded.includes('\\')) return null
    if (decoded.split('/').some((segment) => segment === '..')) return null
    const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
    const candidate = resolve(root, relative)
    if (!inside(candidate)) return null
    try {
      const real = await realpath(candidate)
      if (!inside(real) || !(await stat(real)).isFile()) return null
      return real
    } catch {
      return null
    }
  }

  return {
    root,
    indexFile: resolve(root, 'index.html'),
    async read(urlPath: string): Promise<StaticFile | null> {
      const file = await resolveUrlPath(urlPath)
      if (!file) return null
      return { body: await readFile(file), contentType: contentTypeFor(file) }
    }
  }
}
