import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../src/shared/ipc/channels'
import { contract } from '../../../src/shared/ipc/contract'
import { dispatch } from '../../../src/main/ipc/dispatch'
import { createHandlers, type HandlerMap } from '../../../src/main/ipc/handlers'
import { openTestDatabase, type TestDb } from '../../support/testDatabase'

let t: TestDb
let handlers: HandlerMap
const info = { version: '1.2.3', dataDir: '/data', databaseFile: '/data/close-call.db', runtime: 'test' as const }
beforeEach(() => {
  t = openTestDatabase()
  handlers = createHandlers(t.ctx, info, { printToPdf: async () => new Uint8Array(), chooseSavePath: async () => null })
})
afterEach(() => t.close())

describe('dispatch', () => {
  it('has a handler for every channel in the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort())
  })

  it('refuses an unknown channel', async () => {
    const result = await dispatch(handlers, 'reports:dropTable', {})
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: expect.stringContaining('reports:dropTable') } })
  })

  it('refuses bad input with field messages and changes nothing', async () => {
    const blank = await dispatch(handlers, 'lists:add', { kind: 'locations', name: '   ' })
    expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: [{ path: 'name', messageKey: 'validation.required' }] } })
    const extra = await dispatch(handlers, 'lists:add', { kind: 'locations', name: 'Roof', sql: 'DROP TABLE reports' })
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const wrongKind = await dispatch(handlers, 'lists:list', { kind: 'passwords' })
    expect(wrongKind).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const notAnObject = await dispatch(handlers, 'settings:update', 'schoolName=x')
    expect(notAnObject).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const listed = await dispatch(handlers, 'lists:list', { kind: 'locations', includeArchived: true })
    expect(listed).toEqual({ ok: true, data: [] })
  })

  it('trims text and returns output that matches the contract', async () => {
    const added = await dispatch(handlers, 'lists:add', { kind: 'locations', name: '  Portable 3 ' })
    expect(added.ok).toBe(true)
    expect(contract['lists:add'].output.parse((added as { data: unknown }).data)).toMatchObject({ name: 'Portable 3' })
    const appInfo = await dispatch(handlers, 'app:info', undefined)
    expect(contract['app:info'].output.parse((appInfo as { data: unknown }).data)).toMatchObject({ version: '1.2.3', schemaVersion: 2 })
  })

  it('turns a service rule into its code, and an unexpected throw into INTERNAL without details', async () => {
    await dispatch(handlers, 'lists:add', { kind: 'locations', name: 'Gym' })
    const dup = await dispatch(handlers, 'lists:add', { kind: 'locations', name: 'gym' })
    expect(dup).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })

    const log = vi.fn()
    const broken = { ...handlers, 'settings:get': () => { throw new Error('SQLITE_IOERR at /secret/path') } } as HandlerMap
    const result = await dispatch(broken, 'settings:get', undefined, log)
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Unexpected error' } })
    expect(log).toHaveBeenCalledOnce()
  })
})
