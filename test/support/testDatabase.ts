import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { openDatabase, type AppDatabase } from '../../src/main/db/openDatabase'
import { createServiceContext, type ServiceContext } from '../../src/main/services/context'

export const MIGRATIONS_FOLDER = resolve(__dirname, '../../src/main/db/migrations')

/** A fresh folder per test; removed by `cleanup`. */
export function tempDir(prefix = 'close-call-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

/** Deterministic clock: starts at a fixed instant and ticks one second per call. */
export function fixedClock(start = '2026-03-02T09:00:00.000Z'): () => Date {
  let t = Date.parse(start)
  return () => {
    const now = new Date(t)
    t += 1000
    return now
  }
}

export function counterUids(prefix = 'uid'): () => string {
  let n = 0
  return () => `${prefix}-${++n}`
}

export interface TestDb {
  db: AppDatabase
  ctx: ServiceContext
  file: string
  close: () => void
}

/** A migrated database on a temp file (WAL needs a real file) with a deterministic context. */
export function openTestDatabase(): TestDb {
  const { dir, cleanup } = tempDir()
  const file = join(dir, 'test.db')
  const db = openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER })
  const ctx = createServiceContext(db, { now: fixedClock(), newUid: counterUids() })
  const testDb: TestDb = {
    db,
    ctx,
    file,
    close: () => {
      testDb.db.close()
      cleanup()
    }
  }
  return testDb
}
