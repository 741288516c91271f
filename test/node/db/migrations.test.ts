import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../../src/main/db/openDatabase'
import { migrationsUpTo } from '../../support/partialMigrations'
import { MIGRATIONS_FOLDER, tempDir } from '../../support/testDatabase'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((fn) => fn()))

function setup() {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return t.dir
}

const insertReport = `
  INSERT INTO locations (uid, name, created_at, updated_at) VALUES ('loc-1', 'CTE shop', 't', 't');
  INSERT INTO reports (uid, ref_code, occurred_on, location_id, what_happened, created_at, updated_at)
  VALUES ('rep-1', 'NM-2026-0001', '2026-02-03', 1, 'A loaded cart tipped on the ramp by the kiln', 't', 't');`

describe('migration 0000_initial', () => {
  it('creates the tables with their constraints (names unique ignoring case, foreign keys enforced)', () => {
    const dir = setup()
    const db = openDatabase(join(dir, 'db.sqlite'), { migrationsFolder: migrationsUpTo(1, dir) })
    db.sqlite.exec("INSERT INTO locations (uid, name, created_at, updated_at) VALUES ('a', 'Library', 't', 't')")
    expect(() =>
      db.sqlite.exec("INSERT INTO locations (uid, name, created_at, updated_at) VALUES ('b', 'LIBRARY', 't', 't')")
    ).toThrow(/UNIQUE/)
    expect(() =>
      db.sqlite.exec(
        "INSERT INTO reports (uid, ref_code, occurred_on, location_id, what_happened, created_at, updated_at) VALUES ('r', 'NM-1', '2026-01-01', 999, 'x', 't', 't')"
      )
    ).toThrow(/FOREIGN KEY/)
    db.close()
  })
})

describe('migration 0001_fts_and_audit_guards', () => {
  it('indexes reports written before it, and keeps the index in step afterwards', () => {
    const dir = setup()
    const file = join(dir, 'db.sqlite')
    const v1 = openDatabase(file, { migrationsFolder: migrationsUpTo(1, dir) })
    v1.sqlite.exec(insertReport)
    v1.close()

    const v2 = openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER })
    const match = (q: string) =>
      v2.sqlite.prepare('SELECT rowid FROM reports_fts WHERE reports_fts MATCH ?').pluck().all(q)
    expect(match('kiln')).toEqual([1])
    expect(match('tip*')).toEqual([1])
    v2.sqlite.exec("UPDATE reports SET what_happened = 'Shelf bracket loose above the sink' WHERE id = 1")
    expect(match('kiln')).toEqual([])
    expect(match('bracket')).toEqual([1])
    v2.sqlite.exec('DELETE FROM reports WHERE id = 1')
    expect(match('bracket')).toEqual([])
    v2.close()
  })

  it('makes the audit log append-only', () => {
    const dir = setup()
    const db = openDatabase(join(dir, 'db.sqlite'), { migrationsFolder: MIGRATIONS_FOLDER })
    db.sqlite.exec(
      "INSERT INTO audit_log (at, action, entity, detail, prev_hash, hash) VALUES ('t', 'x', 'y', '{}', 'p', 'h')"
    )
    expect(() => db.sqlite.exec("UPDATE audit_log SET action = 'forged'")).toThrow(/append-only/)
    expect(() => db.sqlite.exec('DELETE FROM audit_log')).toThrow(/append-only/)
    expect(db.sqlite.prepare('SELECT action FROM audit_log').pluck().all()).toEqual(['x'])
    db.close()
  })
})
