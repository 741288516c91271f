import { join } from 'node:path'
import type { IpcResult } from '../shared/ipc/result'
import { openDatabase } from './db/openDatabase'
import { dispatch } from './ipc/dispatch'
import { createHandlers, type AppInfo } from './ipc/handlers'
import { createServiceContext } from './services/context'
import type { DocumentHost } from './services/documents/host'
import { seedDefaultsOnce } from './services/seedDefaults'

export { DatabaseOpenError } from './db/errors'

export type Runtime = AppInfo['runtime']

export interface BackendOptions {
  /** Folder holding close-call.db (created if missing). */
  dataDir: string
  /** Folder of drizzle migrations (src/main/db/migrations in dev, resources/migrations packaged). */
  migrationsFolder: string
  runtime: Runtime
  version: string
  /** Fixed clock and ids for tests. */
  now?: () => Date
  newUid?: () => string
  log?: (message: string, error: unknown) => void
  /** PDF printing and save dialogs: Electron's or the preview's. Without one, exports fail cleanly. */
  documentHost?: DocumentHost
}

/** Used when no host is given (unit tests): exporting says plainly that it cannot print here. */
const noDocumentHost: DocumentHost = {
  printToPdf: () => Promise.reject(new Error('No PDF printer in this runtime')),
  chooseSavePath: () => Promise.resolve(null)
}

export interface Backend {
  /** Validates input against the contract, runs the handler, returns a result. Never throws. */
  dispatch(channel: unknown, input: unknown): Promise<IpcResult<unknown>>
  readonly databaseFile: string
  close(): void
}

export const DATABASE_FILE_NAME = 'close-call.db'

/**
 * Everything below the Electron shell, in one call: open the database, seed defaults on first
 * run, build the handler map. Electron's main process and the browser preview both use it, so
 * they share validation and results exactly. Throws DatabaseOpenError when the file can't be used.
 */
export function startBackend(options: BackendOptions): Backend {
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME)
  const db = openDatabase(databaseFile, { migrationsFolder: options.migrationsFolder, now: options.now })
  const ctx = createServiceContext(db, { now: options.now, newUid: options.newUid })
  seedDefaultsOnce(ctx)
  const handlers = createHandlers(ctx, {
    version: options.version,
    dataDir: options.dataDir,
    databaseFile,
    runtime: options.runtime
  }, options.documentHost ?? noDocumentHost)
  let closed = false
  return {
    databaseFile,
    dispatch: (channel, input) =>
      closed
        ? Promise.resolve({ ok: false, error: { code: 'INTERNAL', message: 'The database is closed' } })
        : dispatch(handlers, channel, input, options.log),
    close: () => {
      if (closed) return
      closed = true
      db.close()
    }
  }
}
