import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** Paths the end-to-end tests share, resolved from this file so the cwd does not matter. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export const rendererDir = fileURLToPath(new URL('../../out/renderer/', import.meta.url))
export const migrationsFolder = fileURLToPath(new URL('../../src/main/db/migrations/', import.meta.url))
/** Screenshots and reports for humans; gitignored. */
export const artifactsDir = fileURLToPath(new URL('../../artifacts/', import.meta.url))

export const assertRendererBuilt = () => {
  if (!existsSync(`${rendererDir}index.html`)) {
    throw new Error('out/renderer/index.html is missing: run `npm test` (its pretest builds) or `npx electron-vite build`.')
  }
}
