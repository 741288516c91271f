import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { reportService } from '../../../src/main/services/reports/reportService'
import { actionService } from '../../../src/main/services/worksheets/actionService'
import { worksheetService } from '../../../src/main/services/worksheets/worksheetService'
import { fileReport, openSmallSchool, type SmallSchool } from '../../support/reportFixtures'
import { problemOf } from '../../support/serviceProblem'
import type { TestDb } from '../../support/testDatabase'

let t: TestDb
let school: SmallSchool
beforeEach(() => {
  ;({ t, school } = openSmallSchool())
})
afterEach(() => t.close())

describe('worksheet to verified action to closed report', () => {
  it('walks the whole path, with every gate refusing until its condition is met', () => {
    const reports = reportService(t.ctx)
    const sheets = worksheetService(t.ctx)
    const actions = actionService(t.ctx)
    const { id: reportId } = fileReport(t.ctx, school, { conditionIds: [school.storedHigh.id] })
    reports.triage({ id: reportId, severity: 4, likelihood: 4, decision: 'investigate' })

    let sheet = sheets.create({ title: 'Cart tipping on the shop ramp', reportIds: [reportId] })
    expect(sheet.suggestedConditions.map((c) => c.name)).toEqual(['Equipment stored too high'])
    sheet = sheets.update({ id: sheet.id, problemStatement: 'Loaded carts tip on the ramp', whys: [{ answer: 'The ramp is steep' }, { answer: 'It was built for wheelchairs, not carts' }] })
    expect(sheet.whys.map((w) => w.answer)).toEqual(['The ramp is steep', 'It was built for wheelchairs, not carts'])

    sheets.setStatus(sheet.id, 'inReview')
    expect(problemOf(() => sheets.setStatus(sheet.id, 'complete')).keys).toEqual(['worksheets.problem.needsRootCause'])

    sheet = sheets.addCause({ worksheetId: sheet.id, branch: 'environment', text: 'No lip on the ramp edge', isRootCause: true, conditionId: school.storedHigh.id })
    const cause = sheet.causes[0]!
    expect(cause.coverage).toBe('none')
    expect(sheet.suggestedConditions).toEqual([])
    expect(problemOf(() => sheets.setStatus(sheet.id, 'complete')).keys).toEqual(['worksheets.problem.causeNeedsAction'])

    const reminder = actions.create({ worksheetId: sheet.id, causeId: cause.id, description: 'Remind staff to go slowly', controlType: 'administrative', ownerName: 'Chair' })
    expect(reminder.strength).toBe('weaker')
    expect(sheets.get(sheet.id).causes[0]!.coverage).toBe('weakOnly')
    const lip = actions.create({ worksheetId: sheet.id, causeId: cause.id, description: 'Fit a raised lip to the ramp', controlType: 'engineering', ownerMemberId: undefined, ownerName: 'Custodian', dueOn: '2026-03-15', successMeasure: 'No carts tip for 6 weeks' })
    expect(sheets.get(sheet.id).causes[0]!.coverage).toBe('strong')
    expect(sheets.setStatus(sheet.id, 'complete').status).toBe('complete')

    // The report cannot close while actions are open.
    const closeInput = { id: reportId, status: 'closed' as const, closureNote: 'Lip fitted', feedbackToStaff: 'You said carts tip on the ramp; we fitted a lip.' }
    expect(problemOf(() => reports.setStatus(closeInput)).keys).toEqual(['status.problem.actionsOpen'])

    expect(problemOf(() => actions.setStatus({ id: lip.id, status: 'verified' })).keys).toEqual(['actions.problem.notAllowed'])
    actions.setStatus({ id: lip.id, status: 'done' })
    expect(problemOf(() => actions.setStatus({ id: lip.id, status: 'verified' })).keys).toEqual(['actions.problem.needsCheck'])
    expect(actions.recordCheck({ id: lip.id, checkedOn: '2026-03-01', checkResult: 'Still tipping', effective: false }).status).toBe('inProgress')
    actions.setStatus({ id: lip.id, status: 'done' })
    const verified = actions.recordCheck({ id: lip.id, checkedOn: '2026-03-02', checkResult: 'No tips in six weeks', effective: true })
    expect(verified).toMatchObject({ status: 'verified', checkEffective: true, checkResult: 'No tips in six weeks' })
    expect(problemOf(() => actions.setStatus({ id: reminder.id, status: 'dropped' })).keys).toEqual(['actions.problem.needsDropReason'])
    actions.setStatus({ id: reminder.id, status: 'dropped', droppedReason: 'The lip makes it unnecessary' })

    const closed = reports.setStatus(closeInput)
    expect(closed.status).toBe('closed')
    expect(closed.worksheets).toEqual([{ id: sheet.id, title: 'Cart tipping on the shop ramp', status: 'complete' }])
    expect(closed.actions.map((a) => a.status).sort()).toEqual(['dropped', 'verified'])
    expect(t.ctx.repos.audit.verifyChain()).toBeNull()
  })

  it('refuses an action with no owner or no link, and a cause from another worksheet', () => {
    const actions = actionService(t.ctx)
    const sheets = worksheetService(t.ctx)
    const a = fileReport(t.ctx, school)
    const one = sheets.create({ title: 'One', reportIds: [a.id] })
    const two = sheets.addCause({ worksheetId: sheets.create({ title: 'Two', reportIds: [a.id] }).id, branch: 'procedures', text: 'Rushing' })
    expect(problemOf(() => actions.create({ worksheetId: one.id, description: 'x', controlType: 'ppe' })).keys).toEqual(['actions.problem.needsOwner'])
    expect(problemOf(() => actions.create({ description: 'x', controlType: 'ppe', ownerName: 'A' })).keys).toEqual(['actions.problem.needsLink'])
    expect(problemOf(() => actions.create({ worksheetId: one.id, causeId: two.causes[0]!.id, description: 'x', controlType: 'ppe', ownerName: 'A' })).code).toBe('INVALID_INPUT')
  })
})

describe('actionService.list', () => {
  it('buckets actions by due date relative to today and filters by owner and strength', () => {
    const actions = actionService(t.ctx)
    const { id: reportId } = fileReport(t.ctx, school)
    // The test clock says 2026-03-02.
    const overdue = actions.create({ reportId, description: 'Overdue', controlType: 'engineering', ownerName: 'Pat', dueOn: '2026-02-01' })
    const soon = actions.create({ reportId, description: 'Soon', controlType: 'administrative', ownerName: 'Lee', dueOn: '2026-03-10' })
    const done = actions.create({ reportId, description: 'Done', controlType: 'engineering', ownerName: 'Pat', dueOn: '2026-04-30' })
    actions.setStatus({ id: done.id, status: 'done' })
    const result = actions.list({})
    expect(result.counts).toEqual({ overdue: 1, dueSoon: 1, awaitingCheck: 1 })
    expect(result.rows.find((r) => r.id === overdue.id)!.bucket).toBe('overdue')
    expect(actions.list({ buckets: ['dueSoon'] }).rows.map((r) => r.id)).toEqual([soon.id])
    expect(actions.list({ ownerName: 'pat' }).rows.map((r) => r.id)).toEqual([overdue.id, done.id])
    expect(actions.list({ strengths: ['weaker'] }).rows.map((r) => r.id)).toEqual([soon.id])
  })
})

describe('worksheetService.list', () => {
  it('counts each worksheet’s own reports, root causes and open actions', () => {
    const sheets = worksheetService(t.ctx)
    const a = fileReport(t.ctx, school)
    const b = fileReport(t.ctx, school)
    // A first worksheet shifts ids so worksheet ids and report ids no longer coincide.
    sheets.create({ title: 'First', reportIds: [a.id] })
    const second = sheets.create({ title: 'Second', reportIds: [a.id, b.id] })
    const withCause = sheets.addCause({ worksheetId: second.id, branch: 'environment', text: 'No lip', isRootCause: true })
    actionService(t.ctx).create({ worksheetId: second.id, causeId: withCause.causes[0]!.id, description: 'Fit lip', controlType: 'engineering', ownerName: 'Custodian' })
    const row = sheets.list().find((s) => s.id === second.id)!
    expect(row).toMatchObject({ reportCodes: 'NM-2026-0001, NM-2026-0002', rootCauseCount: 1, openActionCount: 1 })
    expect(sheets.list().find((s) => s.title === 'First')).toMatchObject({ reportCodes: 'NM-2026-0001', rootCauseCount: 0, openActionCount: 0 })
  })
})
