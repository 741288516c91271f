import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import Database from 'better-sqlite3'
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3'
import { migrate } from 'drizzle-orm/better-sqlite3/migrator'
import { DatabaseOpenError, openFailureFromSqliteCode } from './errors'
import { knownSchemaVersion } from './migrations'
import * as schema from './schema'

export type Drizzle = BetterSQLite3Database<typeof schema>

export interface AppDatabase {
  /** Drizzle over the connection: what repositories use. */
  readonly orm: Drizzle
  /** The raw connection: for FTS queries and pragmas, inside main/db only. */
  readonly sqlite: Database.Database
  readonly file: string
  readonly schemaVersion: number
  /** Runs `fn` in one synchronous transaction (nested calls become savepoints). No awaits inside. */
  transaction<T>(fn: () => T): T
  close(): void
}

export interface OpenOptions {
  migrationsFolder: string
  /** Where to put a safety copy before upgrading an existing database (default: <dir>/backups). */
  backupsDir?: string
  /** For tests: a clock for the safety-copy file name. */
  now?: () => Date
}

const SYNCHRONOUS_FULL = 2

/**
 * Opens (or creates) the app's database, Electron-free. Sets WAL, synchronous=FULL (asserted:
 * better-sqlite3 can come back at NORMAL), foreign keys and a busy timeout; refuses a database
 * written by a newer app; migrates forward in a transaction after a safety copy. It never
 * deletes or recreates an existing file: any failure leaves the file as it was.
 */
export function openDatabase(file: string, options: OpenOptions): AppDatabase {
  let sqlite: Database.Database
  try {
    mkdirSync(dirname(file), { recursive: true })
    sqlite = new Database(file, { fileMustExist: false })
  } catch (error) {
    throw asOpenError(error, file)
  }
  try {
    // Check the version before anything writes (even switching to WAL rewrites the header),
    // so a database from a newer app is left byte-for-byte as it was.
    sqlite.pragma('busy_timeout = 5000')
    const known = knownSchemaVersion(options.migrationsFolder)
    const current = sqlite.pragma('user_version', { simple: true }) as number
    if (current > known) {
      throw new DatabaseOpenError(
        'too-new',
        file,
        `This database was made by a newer version of Close Call (schema ${current}, this app knows ${known}).`
      )
    }
    configure(sqlite)
    const orm = drizzle(sqlite, { schema })
    if (current > 0 && current < known) {
      safetyCopy(sqlite, options.backupsDir ?? join(dirname(file), 'backups'), current, options.now)
    }
    if (current < known) {
      migrate(orm, { migrationsFolder: options.migrationsFolder })
      sqlite.pragma(`user_version = ${known}`)
    }
    return {
      orm,
      sqlite,
      file,
      schemaVersion: known,
      transaction: <T>(fn: () => T): T => sqlite.transaction(fn)(),
      close: () => {
        // Signal Desktop's habit: let SQLite refresh its statistics on the way out.
        sqlite.pragma('optimize')
        sqlite.close()
      }
    }
  } catch (error) {
    sqlite.close()
    throw asOpenError(error, file)
  }
}

function configure(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  const synchronous = sqlite.pragma('synchronous', { simple: true })
  if (synchronous !== SYNCHRONOUS_FULL) {
    throw new Error(`synchronous is ${String(synchronous)}, expected FULL: refusing to risk saved work`)
  }
  if (sqlite.pragma('foreign_keys', { simple: true }) !== 1) {
    throw new Error('foreign keys could not be enabled')
  }
}

/** A consistent copy before changing the schema, so an upgrade can always be undone by hand. */
function safetyCopy(sqlite: Database.Database, dir: string, version: number, now = () => new Date()): void {
  mkdirSync(dir, { recursive: true })
  const stamp = now().toISOString().replace(/[:.]/g, '-')
  sqlite.prepare('VACUUM INTO ?').run(join(dir, `before-upgrade-v${version}-${stamp}.db`))
}

function asOpenError(error: unknown, file: string): DatabaseOpenError {
  if (error instanceof DatabaseOpenError) return error
  const code = (error as { code?: unknown }).code
  const message = error instanceof Error ? error.message : String(error)
  return new DatabaseOpenError(openFailureFromSqliteCode(code), file, message, { cause: error })
}
