import { afterEach, describe, expect, it } from 'vitest'
import { createBackendApi, type BackendApi } from './backendApi'

let b: BackendApi | undefined
afterEach(() => b?.close())

describe('createBackendApi', () => {
  it('runs the real backend under jsdom: defaults seeded, reports filed and validated', async () => {
    b = createBackendApi()
    const locations = await b.api['lists:list']({ kind: 'locations' })
    if (!locations.ok) throw new Error('lists:list failed')
    expect(locations.data.map((l) => l.name)).toContain('Science lab / prep room')
    const created = await b.api['reports:create']({ occurredOn: '2026-01-05', locationId: locations.data[0]!.id, whatHappened: 'Cart tipped' })
    expect(created).toMatchObject({ ok: true, data: { refCode: expect.stringMatching(/^NM-\d{4}-0001$/) } })
    const empty = await b.api['reports:create']({ occurredOn: '2026-01-05', locationId: locations.data[0]!.id, whatHappened: ' ' })
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: [{ path: 'whatHappened' }] } })
  })
})
