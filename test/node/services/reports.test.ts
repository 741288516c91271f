import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportService } from '../../../src/main/services/reports/reportService'
import { fileReport, openSmallSchool, type SmallSchool } from '../../support/reportFixtures'
import { problemOf } from '../../support/serviceProblem'
import type { TestDb } from '../../support/testDatabase'

let t: TestDb
let school: SmallSchool
beforeEach(() => {
  ;({ t, school } = openSmallSchool())
})
afterEach(() => t.close())

describe('reportService.create', () => {
  it('gives sequential receipt codes per year and stores conditions', () => {
    const a = fileReport(t.ctx, school, { conditionIds: [school.storedHigh.id, school.rushing.id] })
    const b = fileReport(t.ctx, school)
    expect(a.refCode).toBe('NM-2026-0001')
    expect(b.refCode).toBe('NM-2026-0002')
    const detail = reportService(t.ctx).get(a.id)
    expect(detail.conditionIds.sort()).toEqual([school.storedHigh.id, school.rushing.id].sort())
    expect(detail.status).toBe('new')
    expect(detail.history.map((h) => h.action)).toEqual(['reports.create'])
  })

  it('keeps no name on an anonymous report', () => {
    const { id } = fileReport(t.ctx, school, { reporterName: 'Sam Ortiz', reporterAnonymous: true })
    expect(reportService(t.ctx).get(id).reporterName).toBeNull()
  })

  it('refuses a future date, an unknown or archived place and unknown conditions, saving nothing', () => {
    expect(problemOf(() => fileReport(t.ctx, school, { occurredOn: '2027-01-01' })).details?.[0]?.messageKey).toBe('validation.dateInFuture')
    expect(problemOf(() => fileReport(t.ctx, school, { locationId: 999 })).details?.[0]?.path).toBe('locationId')
    expect(problemOf(() => fileReport(t.ctx, school, { conditionIds: [999] })).code).toBe('INVALID_INPUT')
    t.ctx.repos.lists.setArchived('locations', school.gym.id, true, 'x')
    expect(problemOf(() => fileReport(t.ctx, school, { locationId: school.gym.id })).code).toBe('INVALID_INPUT')
    expect(reportService(t.ctx).list({ sort: 'occurredOn', direction: 'desc', offset: 0, limit: 10 }).total).toBe(0)
  })
})

describe('reportService.update', () => {
  it('changes only what was sent and records each change in the history', () => {
    const { id } = fileReport(t.ctx, school)
    const updated = reportService(t.ctx).update({ id, whatStoppedIt: 'A student caught the handle', conditionIds: [school.rushing.id] })
    expect(updated.whatStoppedIt).toBe('A student caught the handle')
    expect(updated.whatHappened).toBe('A loaded cart tipped on the ramp but did not fall')
    const last = updated.history.at(-1)!
    expect(last.action).toBe('reports.update')
    expect(Object.keys(last.detail).sort()).toEqual(['conditionIds', 'whatStoppedIt'])
  })
})

describe('triage and status', () => {
  it('computes the risk level from the matrix and moves a new report to triaged', () => {
    const { id } = fileReport(t.ctx, school)
    const triaged = reportService(t.ctx).triage({ id, severity: 4, likelihood: 4, decision: 'investigate' })
    expect(triaged).toMatchObject({ riskLevel: 'high', status: 'triaged', triageDecision: 'investigate', severity: 4, likelihood: 4 })
    expect(triaged.history.at(-1)!.detail).toMatchObject({ riskLevel: 'high', status: { from: 'new', to: 'triaged' } })
  })

  it('refuses illegal moves and a close without closure note and feedback, changing nothing', () => {
    const service = reportService(t.ctx)
    const { id } = fileReport(t.ctx, school)
    expect(problemOf(() => service.setStatus({ id, status: 'closed', closureNote: 'x', feedbackToStaff: 'y' })).code).toBe('CONFLICT')
    service.triage({ id, severity: 2, likelihood: 2, decision: 'logAndMonitor' })
    expect(problemOf(() => service.setStatus({ id, status: 'closed', closureNote: 'Ramp lip fitted' })).details?.[0]?.path).toBe('feedbackToStaff')
    expect(service.get(id).status).toBe('triaged')
    const closed = service.setStatus({ id, status: 'closed', closureNote: 'Ramp lip fitted', feedbackToStaff: 'You told us carts tip on the ramp; we fitted a lip.' })
    expect(closed.status).toBe('closed')
    expect(closed.feedbackToStaff).toMatch(/fitted a lip/)
  })
})

describe('reportService.list', () => {
  it('filters by status, risk, place, category, condition, date range and words (prefix)', () => {
    const service = reportService(t.ctx)
    const cart = fileReport(t.ctx, school, { categoryId: school.tipping.id, conditionIds: [school.storedHigh.id] })
    const wet = fileReport(t.ctx, school, { occurredOn: '2026-01-10', locationId: school.gym.id, categoryId: school.slips.id, whatHappened: 'Wet floor by the fountain, a student slid' })
    service.triage({ id: cart.id, severity: 5, likelihood: 3, decision: 'investigate' })
    const q = { sort: 'occurredOn' as const, direction: 'desc' as const, offset: 0, limit: 50 }
    const ids = (filter: object) => service.list({ ...q, ...filter }).rows.map((r) => r.id)
    expect(ids({})).toEqual([cart.id, wet.id])
    expect(ids({ statuses: ['new'] })).toEqual([wet.id])
    expect(ids({ riskLevels: ['high'] })).toEqual([cart.id])
    expect(ids({ riskLevels: ['untriaged'] })).toEqual([wet.id])
    expect(ids({ locationId: school.gym.id })).toEqual([wet.id])
    expect(ids({ categoryId: school.tipping.id })).toEqual([cart.id])
    expect(ids({ conditionId: school.storedHigh.id })).toEqual([cart.id])
    expect(ids({ from: '2026-02-01', to: '2026-02-28' })).toEqual([cart.id])
    expect(ids({ text: 'fount' })).toEqual([wet.id])
    expect(ids({ text: 'NM-2026-0001' })).toEqual([cart.id])
    expect(ids({ text: '"; DROP TABLE reports; --' })).toEqual([])
    expect(ids({ sort: 'occurredOn', direction: 'asc' })).toEqual([wet.id, cart.id])
    expect(ids({ sort: 'riskLevel', direction: 'desc' })).toEqual([cart.id, wet.id])
    expect(service.list({ ...q, limit: 1, offset: 1 })).toMatchObject({ total: 2, rows: [{ id: wet.id, locationName: 'Gym / weight room' }] })
  })
})

describe('same event links', () => {
  it('links to the first report of the event and refuses a self link', () => {
    const service = reportService(t.ctx)
    const a = fileReport(t.ctx, school)
    const b = fileReport(t.ctx, school)
    const c = fileReport(t.ctx, school)
    service.linkSameEvent(b.id, a.id)
    expect(service.linkSameEvent(c.id, b.id).sameEventAsId).toBe(a.id)
    expect(service.get(a.id).sameEventReports.map((r) => r.id).sort()).toEqual([b.id, c.id])
    expect(problemOf(() => service.linkSameEvent(a.id, a.id)).code).toBe('INVALID_INPUT')
    expect(service.linkSameEvent(c.id, null).sameEventAsId).toBeNull()
  })

  it('moves followers along when their leader joins another event', () => {
    const service = reportService(t.ctx)
    const a = fileReport(t.ctx, school)
    const b = fileReport(t.ctx, school)
    const c = fileReport(t.ctx, school)
    service.linkSameEvent(b.id, a.id)
    service.linkSameEvent(a.id, c.id)
    expect(service.get(b.id).sameEventAsId).toBe(c.id)
    expect(service.get(a.id).sameEventAsId).toBe(c.id)
  })
})
