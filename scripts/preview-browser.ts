/**
 * `npm run preview:browser -- [--data-dir DIR] [--port N] [--export-dir DIR]`
 *
 * Development and tests only: serves the built renderer (out/renderer) and the real backend on
 * 127.0.0.1 so the app can be used and tested in a plain Chromium, where Electron cannot run.
 * It lives in scripts/, which electron-builder never packages. See ARCHITECTURE.md.
 *
 * Data folder: --data-dir, else $CLOSE_CALL_DATA_DIR, else ./.preview-data.
 * Exported PDFs: --export-dir, else $CLOSE_CALL_EXPORT_DIR, else <data folder>/exports (there is
 * no save dialog in a browser page, so every export is saved there, never over an existing file).
 * Port: --port (0 = any free port, the default). Prints exactly one line to stdout when ready.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { startPreviewServer } from './preview/server'

const repoRoot = resolve(__dirname, '..')

const parsePort = (value: string | undefined): number => {
  if (value === undefined) return 0
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${value}".`)
  }
  return port
}

const main = async () => {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, 'export-dir': { type: 'string' } },
    strict: true
  })
  const dataDir = resolve(values['data-dir'] ?? process.env.CLOSE_CALL_DATA_DIR ?? '.preview-data')
  const exportDir = values['export-dir'] ?? process.env.CLOSE_CALL_EXPORT_DIR
  const { version } = JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version: string }

  const preview = await startPreviewServer({
    dataDir,
    port: parsePort(values.port),
    rendererDir: resolve(repoRoot, 'out/renderer'),
    migrationsFolder: resolve(repoRoot, 'src/main/db/migrations'),
    version,
    exportDir: exportDir === undefined ? undefined : resolve(exportDir)
  })
  console.error(`[preview] data: ${preview.databaseFile}`)
  console.error(`[preview] PDF exports: ${preview.exportDir}`)
  console.log(`Close Call preview: ${preview.url}`)

  const stop = (signal: NodeJS.Signals) => {
    console.error(`[preview] ${signal}: closing`)
    preview.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('[preview] close failed:', error)
        process.exit(1)
      }
    )
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error('[preview] could not start:', error instanceof Error ? error.message : error)
  process.exit(1)
})
