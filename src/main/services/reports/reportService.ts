import { isOpenAction, type ActionStatus } from '../../../shared/domain/actions'
import { riskLevel, type Likelihood, type Severity } from '../../../shared/domain/risk'
import { transitionProblem, type ReportStatus } from '../../../shared/domain/reportStatus'
import type { NewReportRow, ReportRow, ReportSummaryRow } from '../../db/repositories/reportRepository'
import { changeWithAudit, type ServiceContext } from '../context'
import { notFound, ServiceError } from '../serviceError'
import { localIsoDate } from './dates'
import { formatRefCode, refCodePrefix } from './refCode'
import type {
  ReportCreateInput,
  ReportDetail,
  ReportListQuery,
  ReportSummary,
  ReportUpdateInput,
  SetStatusInput,
  TriageInput
} from './reportTypes'

const ENTITY = 'reports'

const fieldError = (path: string, messageKey: string, message: string) =>
  new ServiceError('INVALID_INPUT', message, [{ path, messageKey }])

export const toSummary = (row: ReportSummaryRow): ReportSummary => row as ReportSummary

/** Intake, register and triage of near misses. Every change is one transaction with its audit row. */
export function reportService(ctx: ServiceContext) {
  const { reports, lists, audit, actions, worksheets } = ctx.repos
  const linkedActions = (id: number) => actions.list({ reportId: id })

  /** Rules zod cannot know: the lists' contents and today's date. */
  function checkReferences(input: Partial<ReportCreateInput>, isNew: boolean): void {
    if (input.occurredOn && input.occurredOn > localIsoDate(ctx.now())) {
      throw fieldError('occurredOn', 'validation.dateInFuture', 'The date is in the future')
    }
    if (input.locationId !== undefined) {
      const location = lists.get('locations', input.locationId)
      if (!location || (isNew && location.archived)) {
        throw fieldError('locationId', 'validation.locationRequired', 'Unknown location')
      }
    }
    if (input.categoryId != null && !lists.get('categories', input.categoryId)) {
      throw fieldError('categoryId', 'validation.invalid', 'Unknown category')
    }
    for (const [i, id] of (input.conditionIds ?? []).entries()) {
      if (!lists.get('conditions', id)) throw fieldError(`conditionIds.${i}`, 'validation.invalid', 'Unknown condition')
    }
  }

  /** Form fields -> columns. An anonymous report keeps no name, whatever the form held. */
  function columns(input: Partial<ReportCreateInput>): Partial<NewReportRow> {
    const { conditionIds: _conditionIds, ...fields } = input
    const out: Partial<NewReportRow> = { ...fields }
    for (const key of Object.keys(out) as Array<keyof NewReportRow>) {
      if (typeof out[key] === 'string' && (out[key] as string).trim() === '') (out as Record<string, unknown>)[key] = null
    }
    if (input.reporterAnonymous) out.reporterName = null
    return out
  }

  function requireRow(id: number): ReportRow {
    const row = reports.get(id)
    if (!row) throw notFound('That report')
    return row
  }

  return {
    create(input: ReportCreateInput): { id: number; refCode: string } {
      checkReferences(input, true)
      return changeWithAudit(ctx, (at) => {
        const year = ctx.now().getFullYear()
        const refCode = formatRefCode(year, reports.maxRefSequence(refCodePrefix(year)) + 1)
        const row = reports.insert({
          ...(columns(input) as NewReportRow),
          uid: ctx.newUid(),
          refCode,
          status: 'new',
          createdAt: at,
          updatedAt: at
        })
        reports.setConditions(row.id, input.conditionIds ?? [])
        return {
          result: { id: row.id, refCode },
          audit: { action: 'reports.create', entity: ENTITY, entityId: row.id, entityUid: row.uid, detail: { refCode } }
        }
      })
    },

    update(input: ReportUpdateInput): ReportDetail {
      const { id, ...changes } = input
      checkReferences(changes, false)
      changeWithAudit(ctx, (at) => {
        const before = requireRow(id)
        const set = columns(changes)
        const changed: Record<string, { from: unknown; to: unknown }> = {}
        for (const [key, value] of Object.entries(set)) {
          const old = before[key as keyof ReportRow]
          if (value !== undefined && value !== old) changed[key] = { from: old, to: value }
        }
        if (changes.conditionIds) {
          const old = reports.conditionIds(id).sort((a, b) => a - b)
          const next = [...new Set(changes.conditionIds)].sort((a, b) => a - b)
          if (old.join() !== next.join()) changed.conditionIds = { from: old, to: next }
          reports.setConditions(id, next)
        }
        reports.update(id, { ...set, updatedAt: at })
        return {
          result: undefined,
          audit: { action: 'reports.update', entity: ENTITY, entityId: id, entityUid: before.uid, detail: changed }
        }
      })
      return this.get(id)
    },

    get(id: number): ReportDetail {
      const row = requireRow(id)
      const summary = reports.summary(id)!
      return {
        ...toSummary(summary),
        uid: row.uid,
        locationDetails: row.locationDetails,
        whatCouldHaveHappened: row.whatCouldHaveHappened,
        whatStoppedIt: row.whatStoppedIt,
        involvedStudents: row.involvedStudents,
        involvedStaff: row.involvedStaff,
        involvedVisitors: row.involvedVisitors,
        involvedRoles: row.involvedRoles,
        conditionIds: reports.conditionIds(id),
        immediateAction: row.immediateAction,
        reporterName: row.reporterName,
        reporterAnonymous: row.reporterAnonymous,
        reporterRole: row.reporterRole,
        severity: row.severity,
        likelihood: row.likelihood,
        closureNote: row.closureNote,
        feedbackToStaff: row.feedbackToStaff,
        updatedAt: row.updatedAt,
        sameEventReports: reports.sameEventLinks(id),
        worksheets: worksheets.worksheetIdsForReport(id).map((wid) => {
          const sheet = worksheets.get(wid)!
          return { id: sheet.id, title: sheet.title, status: sheet.status as ReportDetail['worksheets'][number]['status'] }
        }),
        actions: linkedActions(id).map((a) => ({ id: a.id, description: a.description, status: a.status as ActionStatus, strength: a.strength as ReportDetail['actions'][number]['strength'], dueOn: a.dueOn, ownerLabel: a.ownerLabel })),
        history: audit.forEntity(ENTITY, id).map((entry) => ({
          at: entry.at,
          action: entry.action,
          detail: JSON.parse(entry.detail) as Record<string, unknown>
        }))
      }
    },

    list(query: ReportListQuery): { rows: ReportSummary[]; total: number } {
      const { rows, total } = reports.list(query)
      return { rows: rows.map(toSummary), total }
    },

    /** Severity × likelihood -> risk level; a new report becomes triaged. */
    triage(input: TriageInput): ReportDetail {
      changeWithAudit(ctx, (at) => {
        const before = requireRow(input.id)
        const level = riskLevel(input.severity as Severity, input.likelihood as Likelihood)
        const status: ReportStatus = before.status === 'new' ? 'triaged' : (before.status as ReportStatus)
        reports.update(input.id, {
          severity: input.severity,
          likelihood: input.likelihood,
          riskLevel: level,
          triageDecision: input.decision,
          status,
          updatedAt: at
        })
        return {
          result: undefined,
          audit: {
            action: 'reports.triage',
            entity: ENTITY,
            entityId: input.id,
            entityUid: before.uid,
            detail: {
              severity: input.severity,
              likelihood: input.likelihood,
              riskLevel: level,
              decision: input.decision,
              ...(status !== before.status ? { status: { from: before.status, to: status } } : {})
            }
          }
        }
      })
      return this.get(input.id)
    },

    setStatus(input: SetStatusInput): ReportDetail {
      changeWithAudit(ctx, (at) => {
        const before = requireRow(input.id)
        const from = before.status as ReportStatus
        const closureNote = input.closureNote ?? before.closureNote
        const feedbackToStaff = input.feedbackToStaff ?? before.feedbackToStaff
        const openActions = linkedActions(input.id).filter((a) => isOpenAction(a.status as ActionStatus)).length
        const problem = transitionProblem(from, input.status, { triaged: before.riskLevel !== null, closureNote, feedbackToStaff, openActions })
        if (problem) {
          const path = problem === 'status.problem.needsClosureNote' ? 'closureNote' : problem === 'status.problem.needsFeedback' ? 'feedbackToStaff' : 'status'
          throw new ServiceError(problem === 'status.problem.notAllowed' || problem === 'status.problem.same' ? 'CONFLICT' : 'INVALID_INPUT', `Cannot move from ${from} to ${input.status}`, [{ path, messageKey: problem }])
        }
        reports.update(input.id, {
          status: input.status,
          closureNote: closureNote?.trim() || null,
          feedbackToStaff: feedbackToStaff?.trim() || null,
          closedAt: input.status === 'closed' ? at : null,
          updatedAt: at
        })
        return {
          result: undefined,
          audit: {
            action: 'reports.status',
            entity: ENTITY,
            entityId: input.id,
            entityUid: before.uid,
            detail: { status: { from, to: input.status }, ...(input.status === 'closed' ? { closureNote, feedbackToStaff } : {}) }
          }
        }
      })
      return this.get(input.id)
    },

    /** Mark a report as the same event as another (counted once in trends), or unlink it. */
    linkSameEvent(id: number, sameAsId: number | null): ReportDetail {
      changeWithAudit(ctx, (at) => {
        const before = requireRow(id)
        let target: number | null = null
        if (sameAsId !== null) {
          if (sameAsId === id) throw fieldError('sameAsId', 'validation.sameEventSelf', 'A report cannot be the same event as itself')
          const other = requireRow(sameAsId)
          // Link to the first report of the event, so an event is always a star, never a chain.
          target = other.sameEventAsId ?? other.id
          if (target === id) throw fieldError('sameAsId', 'validation.sameEventSelf', 'That report is already linked to this one')
        }
        reports.update(id, { sameEventAsId: target, updatedAt: at })
        // Reports that pointed at this one now point at the event's first report too.
        if (target !== null) reports.relinkSameEvent(id, target)
        return {
          result: undefined,
          audit: { action: 'reports.linkSameEvent', entity: ENTITY, entityId: id, entityUid: before.uid, detail: { from: before.sameEventAsId, to: target } }
        }
      })
      return this.get(id)
    }
  }
}

export type ReportService = ReturnType<typeof reportService>
