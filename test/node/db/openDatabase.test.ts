import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { DatabaseOpenError } from '../../../src/main/db/errors'
import { knownSchemaVersion } from '../../../src/main/db/migrations'
import { openDatabase } from '../../../src/main/db/openDatabase'
import { MIGRATIONS_FOLDER, tempDir } from '../../support/testDatabase'

const cleanups: Array<() => void> = []
afterEach(() => cleanups.splice(0).forEach((fn) => fn()))

function freshDir() {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return t.dir
}

describe('openDatabase', () => {
  it('sets WAL, synchronous=FULL, foreign keys and a busy timeout, and survives reopen', () => {
    const file = join(freshDir(), 'a.db')
    for (let round = 0; round < 2; round++) {
      const db = openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER })
      expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.sqlite.pragma('synchronous', { simple: true })).toBe(2)
      expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
      expect(db.sqlite.pragma('user_version', { simple: true })).toBe(knownSchemaVersion(MIGRATIONS_FOLDER))
      db.close()
    }
  })

  it('creates every table of the data model and the FTS index', () => {
    const db = openDatabase(join(freshDir(), 'b.db'), { migrationsFolder: MIGRATIONS_FOLDER })
    const names = (db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as Array<{ name: string }>).map((r) => r.name)
    for (const table of [
      'locations', 'categories', 'conditions', 'members', 'settings', 'reports', 'report_conditions',
      'attachments', 'worksheets', 'worksheet_reports', 'worksheet_whys', 'worksheet_causes', 'actions',
      'meetings', 'meeting_attendance', 'agenda_items', 'minutes_amendments', 'audit_log', 'reports_fts'
    ]) {
      expect(names).toContain(table)
    }
    db.close()
  })

  it('refuses a database made by a newer app and leaves the file untouched', () => {
    const file = join(freshDir(), 'future.db')
    const raw = new Database(file)
    raw.exec('CREATE TABLE keep_me (x)')
    raw.pragma('user_version = 99')
    raw.close()
    const before = readFileSync(file)

    expect(() => openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER })).toThrow(DatabaseOpenError)
    try {
      openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER })
    } catch (error) {
      expect((error as DatabaseOpenError).reason).toBe('too-new')
      expect((error as DatabaseOpenError).message).toMatch(/newer version of Close Call/)
    }
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('reports a file that is not a database as corrupt and never overwrites it', () => {
    const file = join(freshDir(), 'notes.db')
    writeFileSync(file, 'these are the chair’s notes, not a database'.repeat(100))
    const before = readFileSync(file)
    let caught: unknown
    try {
      openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(DatabaseOpenError)
    expect((caught as DatabaseOpenError).reason).toBe('corrupt')
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('makes a safety copy before upgrading an older schema, and keeps the data', () => {
    const dir = freshDir()
    const file = join(dir, 'old.db')
    const db = openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER })
    db.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('schoolName', '\"Lincoln\"', 'x')").run()
    // Pretend this file was written by a build that knew one migration fewer.
    db.sqlite.pragma('user_version = 1')
    db.sqlite.exec("DELETE FROM __drizzle_migrations WHERE id = (SELECT max(id) FROM __drizzle_migrations)")
    db.sqlite.exec('DROP TRIGGER audit_log_no_update')
    db.sqlite.exec('DROP TRIGGER audit_log_no_delete')
    db.sqlite.exec('DROP TRIGGER reports_fts_ai; DROP TRIGGER reports_fts_au; DROP TRIGGER reports_fts_ad; DROP TABLE reports_fts')
    db.close()

    const reopened = openDatabase(file, { migrationsFolder: MIGRATIONS_FOLDER, now: () => new Date('2026-01-05T10:00:00Z') })
    expect(reopened.sqlite.pragma('user_version', { simple: true })).toBe(2)
    expect(reopened.sqlite.prepare("SELECT value FROM settings WHERE key = 'schoolName'").pluck().get()).toBe('"Lincoln"')
    reopened.close()
    const backups = readdirSync(join(dir, 'backups'))
    expect(backups).toEqual(['before-upgrade-v1-2026-01-05T10-00-00-000Z.db'])
    expect(existsSync(join(dir, 'backups', backups[0]!))).toBe(true)
  })
})
