import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS } from '../../../src/shared/domain/settings'
import { settingsService } from '../../../src/main/services/settingsService'
import { openDatabase } from '../../../src/main/db/openDatabase'
import { createServiceContext } from '../../../src/main/services/context'
import { MIGRATIONS_FOLDER, openTestDatabase, type TestDb } from '../../support/testDatabase'

let t: TestDb
beforeEach(() => {
  t = openTestDatabase()
})
afterEach(() => t.close())

describe('settingsService', () => {
  it('starts from defaults and saves only what changed, with an audit of before and after', () => {
    const settings = settingsService(t.ctx)
    expect(settings.get()).toEqual(DEFAULT_SETTINGS)
    const saved = settings.update({ schoolName: 'Lincoln Middle School', committeeName: 'Safety Committee' })
    expect(saved.schoolName).toBe('Lincoln Middle School')
    const audit = t.db.sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'settings.update'").pluck().all() as string[]
    expect(audit.map((d) => JSON.parse(d))).toEqual([{ schoolName: { from: '', to: 'Lincoln Middle School' } }])
  })

  it('keeps a saved value across a reopen of the database file', () => {
    settingsService(t.ctx).update({ minutesRetentionYears: 7 })
    t.db.close()
    const reopened = openDatabase(t.file, { migrationsFolder: MIGRATIONS_FOLDER })
    try {
      expect(settingsService(createServiceContext(reopened)).get().minutesRetentionYears).toBe(7)
    } finally {
      reopened.close()
      // Reopen for afterEach's close.
      t.db = openDatabase(t.file, { migrationsFolder: MIGRATIONS_FOLDER })
    }
  })
})
