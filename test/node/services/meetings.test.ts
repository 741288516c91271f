import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { meetingDocuments } from '../../../src/main/services/documents/meetingDocuments'
import { meetingService } from '../../../src/main/services/meetings/meetingService'
import { referenceListService } from '../../../src/main/services/referenceListService'
import { reportService } from '../../../src/main/services/reports/reportService'
import { actionService } from '../../../src/main/services/worksheets/actionService'
import { worksheetService } from '../../../src/main/services/worksheets/worksheetService'
import { STANDING_ITEMS } from '../../../src/shared/domain/meetings'
import { fileReport, openSmallSchool, type SmallSchool } from '../../support/reportFixtures'
import { problemOf } from '../../support/serviceProblem'
import type { TestDb } from '../../support/testDatabase'

let t: TestDb
let school: SmallSchool
beforeEach(() => {
  ;({ t, school } = openSmallSchool())
})
afterEach(() => t.close())

/** Reports are dated by when they were filed: the test clock files everything on 2026-03-02. */
describe('agenda building', () => {
  it('fills the standing agenda and groups the period’s near misses by risk, same events once', () => {
    const reports = reportService(t.ctx)
    const a = fileReport(t.ctx, school, { categoryId: school.tipping.id })
    const b = fileReport(t.ctx, school, { categoryId: school.tipping.id })
    const c = fileReport(t.ctx, school, { locationId: school.gym.id, categoryId: school.slips.id })
    reports.triage({ id: a.id, severity: 4, likelihood: 4, decision: 'investigate' })
    reports.triage({ id: c.id, severity: 1, likelihood: 1, decision: 'logAndMonitor' })
    reports.linkSameEvent(b.id, a.id)

    const meetings = meetingService(t.ctx)
    const meeting = meetings.create({ heldOn: '2026-03-12', startTime: '15:30', place: 'Library' })
    expect(meeting.periodStart).toBe('2026-02-10')
    expect(meeting.periodEnd).toBe('2026-03-12')
    const built = meetings.buildAgenda(meeting.id, false)
    expect(built.items.map((i) => i.kind)).toEqual([...STANDING_ITEMS])
    expect(built.items[2]!.title).toBe('Near misses reported since the last meeting')
    const nm = built.review.nearMisses
    expect(nm).toMatchObject({ reports: 3, events: 2 })
    expect(nm.byRisk.high.map((r) => [r.refCode, r.duplicates])).toEqual([['NM-2026-0001', ['NM-2026-0002']]])
    expect(nm.byRisk.low.map((r) => r.refCode)).toEqual(['NM-2026-0003'])
    expect(built.review.trends.monthly).toHaveLength(6)
    expect(built.review.trends.monthly.at(-1)).toEqual({ month: '2026-03', count: 2 })
    expect(built.review.trends.byCategory[0]).toEqual({ name: 'Falling or tipping objects', count: 1 })

    expect(problemOf(() => meetings.buildAgenda(meeting.id, false)).keys).toEqual(['meetings.problem.agendaExists'])
  })

  it('leaves out reports filed outside the period', () => {
    fileReport(t.ctx, school)
    const meetings = meetingService(t.ctx)
    const meeting = meetings.create({ heldOn: '2026-04-20', periodStart: '2026-03-10', periodEnd: '2026-04-20' })
    expect(meeting.review.nearMisses.reports).toBe(0)
  })

  it('reports investigations with cause identified and corrected, and action follow-up as of the meeting', () => {
    const { id: reportId } = fileReport(t.ctx, school)
    const sheet = worksheetService(t.ctx).create({ title: 'Ramp', reportIds: [reportId] })
    const withCause = worksheetService(t.ctx).addCause({ worksheetId: sheet.id, branch: 'environment', text: 'No lip', isRootCause: true })
    const actions = actionService(t.ctx)
    const lip = actions.create({ worksheetId: sheet.id, causeId: withCause.causes[0]!.id, description: 'Fit lip', controlType: 'engineering', ownerName: 'Custodian', dueOn: '2026-03-05' })
    actions.create({ reportId, description: 'Sign', controlType: 'administrative', ownerName: 'Chair', dueOn: '2026-03-20' })
    const meetings = meetingService(t.ctx)
    let m = meetings.create({ heldOn: '2026-03-12' })
    expect(m.review.investigations).toEqual([expect.objectContaining({ title: 'Ramp', causeIdentified: true, corrected: false, openActions: 1 })])
    expect(m.review.actionFollowUp.overdue.map((a) => a.description)).toEqual(['Fit lip'])
    expect(m.review.actionFollowUp.dueSoon.map((a) => a.description)).toEqual(['Sign'])
    actions.setStatus({ id: lip.id, status: 'done' })
    actions.recordCheck({ id: lip.id, checkedOn: '2026-03-02', checkResult: 'Holds', effective: true })
    m = meetings.get(m.id)
    expect(m.review.investigations[0]).toMatchObject({ corrected: true })
  })
})

describe('meeting record, approval and amendments', () => {
  it('records attendance, notes and recommendations, approves at the next meeting and locks', () => {
    const members = referenceListService(t.ctx)
    const chair = members.add({ kind: 'members', name: 'A. Chair', detail: 'Science lead' })
    const nurse = members.add({ kind: 'members', name: 'B. Nurse', detail: 'School nurse' })
    const meetings = meetingService(t.ctx)
    const march = meetings.create({ heldOn: '2026-03-12', chairMemberId: chair.id, recorderMemberId: nurse.id })
    meetings.buildAgenda(march.id, false)
    meetings.setAttendance({ meetingId: march.id, entries: [{ memberId: chair.id, attendance: 'present' }, { memberId: nurse.id, attendance: 'excused' }, { guestName: 'District safety officer', attendance: 'guest' }] })
    const item = meetings.get(march.id).items.find((i) => i.kind === 'nearMisses')!
    meetings.updateItem({ id: item.id, notes: 'Discussed the cart ramp', decision: 'Investigate', recommendation: 'Fund a ramp lip', recommendationOwner: 'Principal', responseDueOn: '2026-04-01' })
    meetings.addItem({ meetingId: march.id, title: 'Fire drill debrief' })
    const fromItem = actionService(t.ctx).create({ agendaItemId: item.id, description: 'Price a ramp lip', controlType: 'engineering', ownerName: 'Custodian' })
    expect(actionService(t.ctx).list({ agendaItemId: item.id }).rows.map((a) => a.id)).toEqual([fromItem.id])
    expect(problemOf(() => meetings.removeItem(item.id)).keys).toEqual(['meetings.problem.itemHasActions'])
    expect(problemOf(() => meetings.buildAgenda(march.id, true)).keys).toEqual(['meetings.problem.agendaHasActions'])
    let detail = meetings.get(march.id)
    expect(detail.attendance.map((a) => [a.name, a.attendance])).toEqual([['A. Chair', 'present'], ['B. Nurse', 'excused'], ['District safety officer', 'guest']])
    expect(detail.chairName).toBe('A. Chair')
    expect(detail.items.at(-1)).toMatchObject({ title: 'Fire drill debrief', kind: 'custom' })
    meetings.moveItems(march.id, [...detail.items].reverse().map((i) => i.id))
    expect(meetings.get(march.id).items[0]!.title).toBe('Fire drill debrief')

    const april = meetings.create({ heldOn: '2026-04-09' })
    expect(april.previousMeeting).toMatchObject({ id: march.id })
    expect(april.periodStart).toBe('2026-03-13')
    expect(april.review.earlierRecommendations).toEqual([expect.objectContaining({ recommendation: 'Fund a ramp lip', owner: 'Principal', responseDueOn: '2026-04-01' })])

    expect(problemOf(() => meetings.approveMinutes(march.id, april.id)).keys).toEqual(['meetings.problem.approveNeedsHeld'])
    meetings.markHeld(march.id)
    expect(problemOf(() => meetings.approveMinutes(april.id, march.id)).code).toBe('CONFLICT')
    detail = meetings.approveMinutes(march.id, april.id)
    expect(detail).toMatchObject({ status: 'approved', locked: true, approvedAtMeeting: { id: april.id } })

    // Locked: no silent edits, only dated amendments.
    expect(problemOf(() => meetings.updateItem({ id: item.id, notes: 'Rewritten' })).code).toBe('LOCKED')
    expect(problemOf(() => meetings.update({ id: march.id, place: 'Gym' })).code).toBe('LOCKED')
    // Management's response is follow-up, recorded after approval without touching the minutes.
    meetings.updateItem({ id: item.id, managementResponse: 'Funded in the April budget', responseReceivedOn: '2026-04-02' })
    expect(meetings.get(march.id).items.find((i) => i.id === item.id)).toMatchObject({ managementResponse: 'Funded in the April budget' })
    meetings.addAmendment(march.id, 'The recommendation owner is the Assistant Principal, not the Principal.', '2026-04-09')
    meetings.recordPosting(march.id, 'Staff room notice board', '2026-04-10')

    const minutes = meetingDocuments(t.ctx).minutes(march.id)
    expect(minutes.meeting.items.find((i) => i.id === item.id)!.notes).toBe('Discussed the cart ramp')
    expect(minutes.meeting.status).toBe('approved')
    expect(minutes.amendments).toEqual([{ amendedOn: '2026-04-09', text: 'The recommendation owner is the Assistant Principal, not the Principal.' }])
    expect(minutes.posting).toEqual({ where: 'Staff room notice board', on: '2026-04-10' })
    expect(minutes.keepUntil).toBe('2029-03-12')
    expect(meetingDocuments(t.ctx).minutes(april.id).previousMinutes).toEqual({ heldOn: '2026-03-12', approvedHere: true })
  })

  it('refuses amendments to minutes that are not approved', () => {
    const meetings = meetingService(t.ctx)
    const m = meetings.create({ heldOn: '2026-03-12' })
    expect(problemOf(() => meetings.addAmendment(m.id, 'x')).keys).toEqual(['meetings.problem.notApproved'])
  })
})

describe('staff bulletin', () => {
  it('lists closed reports with feedback and verified actions, without names or places', () => {
    const reports = reportService(t.ctx)
    const { id } = fileReport(t.ctx, school, { reporterName: 'Sam Ortiz', categoryId: school.tipping.id })
    reports.triage({ id, severity: 2, likelihood: 2, decision: 'logAndMonitor' })
    const action = actionService(t.ctx).create({ reportId: id, description: 'Lowered the top shelf', controlType: 'engineering', ownerName: 'Custodian' })
    actionService(t.ctx).setStatus({ id: action.id, status: 'done' })
    actionService(t.ctx).recordCheck({ id: action.id, checkedOn: '2026-03-02', checkResult: 'Fine', effective: true })
    reports.setStatus({ id, status: 'closed', closureNote: 'Shelf lowered', feedbackToStaff: 'You told us the shelf was too high; we lowered it.' })
    const meeting = meetingService(t.ctx).create({ heldOn: '2026-03-12' })
    const bulletin = meetingDocuments(t.ctx).bulletin(meeting.id)
    expect(bulletin.closed).toEqual([{ refCode: 'NM-2026-0001', categoryName: 'Falling or tipping objects', closedOn: '2026-03-02', feedbackToStaff: 'You told us the shelf was too high; we lowered it.' }])
    expect(bulletin.verified).toEqual([{ description: 'Lowered the top shelf', checkedOn: '2026-03-02', reportCodes: ['NM-2026-0001'] }])
    expect(JSON.stringify(bulletin)).not.toMatch(/Sam Ortiz|CTE shop/)
  })
})
