import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES, DEFAULT_CONDITIONS, DEFAULT_LOCATIONS } from '../../../src/shared/domain/defaults'
import { referenceListService } from '../../../src/main/services/referenceListService'
import { seedDefaultsOnce } from '../../../src/main/services/seedDefaults'
import { ServiceError } from '../../../src/main/services/serviceError'
import { openTestDatabase, type TestDb } from '../../support/testDatabase'

let t: TestDb
beforeEach(() => {
  t = openTestDatabase()
})
afterEach(() => t.close())

describe('seedDefaultsOnce', () => {
  it('fills the DOMAIN.md lists once, in order, and never again', () => {
    expect(seedDefaultsOnce(t.ctx)).toBe(true)
    const lists = referenceListService(t.ctx)
    expect(lists.list('locations', false).map((l) => l.name)).toEqual(DEFAULT_LOCATIONS)
    expect(lists.list('categories', false)).toHaveLength(DEFAULT_CATEGORIES.length)
    expect(lists.list('conditions', false).map((c) => [c.name, c.branch])).toEqual(
      DEFAULT_CONDITIONS.map((c) => [c.name, c.branch])
    )
    // The chair archives one; a restart must not bring a fresh copy back.
    const first = lists.list('locations', false)[0]!
    lists.setArchived('locations', first.id, true)
    expect(seedDefaultsOnce(t.ctx)).toBe(false)
    expect(lists.list('locations', true)).toHaveLength(DEFAULT_LOCATIONS.length)
  })
})

describe('referenceListService', () => {
  it('adds, renames, archives and restores, writing one audit row per change', () => {
    const lists = referenceListService(t.ctx)
    const added = lists.add({ kind: 'locations', name: 'Portable 3' })
    expect(added).toMatchObject({ name: 'Portable 3', archived: false, uid: 'uid-1' })

    const renamed = lists.update({ kind: 'locations', id: added.id, name: 'Portable classroom 3' })
    expect(renamed.name).toBe('Portable classroom 3')

    lists.setArchived('locations', added.id, true)
    expect(lists.list('locations', false)).toEqual([])
    expect(lists.list('locations', true)[0]).toMatchObject({ archived: true })
    lists.setArchived('locations', added.id, false)
    expect(lists.list('locations', false)).toHaveLength(1)

    const history = t.ctx.repos.audit.forEntity('locations', added.id).map((r) => r.action)
    expect(history).toEqual(['lists.add', 'lists.update', 'lists.archive', 'lists.restore'])
    expect(t.ctx.repos.audit.verifyChain()).toBeNull()
  })

  it('refuses a duplicate name (ignoring case) with a field message, and changes nothing', () => {
    const lists = referenceListService(t.ctx)
    lists.add({ kind: 'categories', name: 'Chemical' })
    const auditBefore = t.ctx.repos.audit.count()
    let caught: unknown
    try {
      lists.add({ kind: 'categories', name: 'CHEMICAL' })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ServiceError)
    expect((caught as ServiceError).code).toBe('CONFLICT')
    expect((caught as ServiceError).details).toEqual([{ path: 'name', messageKey: 'validation.duplicate' }])
    expect(lists.list('categories', true)).toHaveLength(1)
    expect(t.ctx.repos.audit.count()).toBe(auditBefore)
  })

  it('lets an entry keep its own name when renaming to a different case', () => {
    const lists = referenceListService(t.ctx)
    const gym = lists.add({ kind: 'locations', name: 'gym' })
    expect(lists.update({ kind: 'locations', id: gym.id, name: 'Gym' }).name).toBe('Gym')
  })

  it('needs a fishbone branch for a condition, and stores member roles', () => {
    const lists = referenceListService(t.ctx)
    expect(() => lists.add({ kind: 'conditions', name: 'Blind corner' })).toThrow(ServiceError)
    expect(lists.add({ kind: 'conditions', name: 'Blind corner', branch: 'environment' }).branch).toBe('environment')
    const nurse = lists.add({ kind: 'members', name: 'R. Alvarez', detail: 'School nurse' })
    expect(nurse.detail).toBe('School nurse')
    expect(lists.update({ kind: 'members', id: nurse.id, detail: 'Nurse' }).detail).toBe('Nurse')
  })

  it('says NOT_FOUND for an entry that does not exist', () => {
    const lists = referenceListService(t.ctx)
    expect(() => lists.update({ kind: 'locations', id: 4242, name: 'X' })).toThrow(/not found/)
    expect(() => lists.setArchived('members', 4242, true)).toThrow(/not found/)
  })

  it('rolls back the change when its audit row cannot be written', () => {
    const lists = referenceListService(t.ctx)
    t.db.sqlite.exec("CREATE TRIGGER break_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    expect(() => lists.add({ kind: 'locations', name: 'Roof' })).toThrow(/disk full/)
    expect(lists.list('locations', true)).toEqual([])
  })
})
