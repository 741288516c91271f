import { causeCoverage, type ActionStatus, type ActionStrength } from '../../../shared/domain/actions'
import type { FishboneBranch } from '../../../shared/domain/referenceLists'
import { worksheetTransitionProblems, type WorksheetStatus } from '../../../shared/domain/worksheets'
import { changeWithAudit, type ServiceContext } from '../context'
import { notFound, ServiceError } from '../serviceError'
import { toAction } from './actionService'
import type { CauseAddInput, CauseUpdateInput, WorksheetCreateInput, WorksheetDetail, WorksheetSummary, WorksheetUpdateInput } from './types'

const ENTITY = 'worksheets'

/** Root-cause worksheets: 5 Whys, fishbone causes, root-cause statements, and the completion gate. */
export function worksheetService(ctx: ServiceContext) {
  const { worksheets, reports, lists, actions } = ctx.repos

  const require = (id: number) => {
    const row = worksheets.get(id)
    if (!row) throw notFound('That worksheet')
    return row
  }

  const checkReports = (ids: readonly number[]) => {
    ids.forEach((id, i) => {
      if (!reports.get(id)) throw new ServiceError('INVALID_INPUT', 'Unknown report', [{ path: `reportIds.${i}`, messageKey: 'validation.invalid' }])
    })
  }

  /** Root causes with the actions addressing them: what the completion gate and meter read. */
  function rootCauseFacts(worksheetId: number) {
    const causes = worksheets.causes(worksheetId)
    const byCause = new Map<number, Array<{ strength: ActionStrength; status: ActionStatus }>>()
    for (const action of actions.list({ worksheetId })) {
      if (action.causeId) byCause.set(action.causeId, [...(byCause.get(action.causeId) ?? []), { strength: action.strength as ActionStrength, status: action.status as ActionStatus }])
    }
    return causes.map((cause) => ({ cause, actions: byCause.get(cause.id) ?? [] }))
  }

  const touch = (id: number, at: string) => worksheets.update(id, { updatedAt: at })

  const service = {
    list(): WorksheetSummary[] {
      return worksheets.list() as WorksheetSummary[]
    },

    create(input: WorksheetCreateInput): WorksheetDetail {
      checkReports(input.reportIds)
      const id = changeWithAudit(ctx, (at) => {
        const row = worksheets.insert({ uid: ctx.newUid(), title: input.title, status: 'draft', createdAt: at, updatedAt: at })
        worksheets.setReports(row.id, input.reportIds)
        return { result: row.id, audit: { action: 'worksheets.create', entity: ENTITY, entityId: row.id, entityUid: row.uid, detail: { title: row.title, reportIds: input.reportIds } } }
      })
      return service.get(id)
    },

    get(id: number): WorksheetDetail {
      const row = require(id)
      const reportIds = worksheets.reportIds(id)
      const facts = rootCauseFacts(id)
      const usedConditions = new Set(facts.map((f) => f.cause.conditionId).filter((c): c is number => c !== null))
      const suggestedConditions = worksheets
        .reportConditionIds(reportIds)
        .filter((cid) => !usedConditions.has(cid))
        .map((cid) => lists.get('conditions', cid))
        .filter((c) => c !== undefined)
        .map((c) => ({ id: c.id, name: c.name, branch: c.branch as FishboneBranch }))
      const roots = facts.filter((f) => f.cause.isRootCause)
      return {
        id: row.id,
        uid: row.uid,
        title: row.title,
        problemStatement: row.problemStatement,
        timeline: row.timeline,
        status: row.status as WorksheetStatus,
        completedAt: row.completedAt,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        reports: worksheets.reportRefs(reportIds) as WorksheetDetail['reports'],
        whys: worksheets.whys(id),
        causes: facts.map(({ cause, actions: a }) => ({
          id: cause.id,
          uid: cause.uid,
          branch: cause.branch as FishboneBranch,
          text: cause.text,
          isRootCause: cause.isRootCause,
          conditionId: cause.conditionId,
          statement: cause.statement,
          noActionReason: cause.noActionReason,
          position: cause.position,
          coverage: causeCoverage(a)
        })),
        suggestedConditions,
        actions: actions.list({ worksheetId: id }).map(toAction),
        completionProblems: worksheetTransitionProblems('inReview', 'complete', roots.map(({ cause, actions: a }) => ({ id: cause.id, text: cause.text, noActionReason: cause.noActionReason, actions: a })))
      }
    },

    update(input: WorksheetUpdateInput): WorksheetDetail {
      const before = require(input.id)
      if (input.reportIds) checkReports(input.reportIds)
      changeWithAudit(ctx, (at) => {
        const detail: Record<string, unknown> = {}
        const set: Record<string, unknown> = { updatedAt: at }
        for (const key of ['title', 'problemStatement', 'timeline'] as const) {
          const value = input[key]
          if (value === undefined) continue
          const next = value?.trim() || (key === 'title' ? before.title : null)
          if (next !== before[key]) {
            set[key] = next
            detail[key] = { from: before[key], to: next }
          }
        }
        if (input.whys) {
          worksheets.replaceWhys(input.id, input.whys)
          detail.whys = input.whys.length
        }
        if (input.reportIds) {
          const old = worksheets.reportIds(input.id)
          worksheets.setReports(input.id, input.reportIds)
          detail.reportIds = { from: old, to: [...new Set(input.reportIds)].sort((a, b) => a - b) }
        }
        worksheets.update(input.id, set)
        return { result: undefined, audit: { action: 'worksheets.update', entity: ENTITY, entityId: input.id, entityUid: before.uid, detail } }
      })
      return service.get(input.id)
    },

    addCause(input: CauseAddInput): WorksheetDetail {
      const sheet = require(input.worksheetId)
      if (input.conditionId && !lists.get('conditions', input.conditionId)) {
        throw new ServiceError('INVALID_INPUT', 'Unknown condition', [{ path: 'conditionId', messageKey: 'validation.invalid' }])
      }
      changeWithAudit(ctx, (at) => {
        const cause = worksheets.insertCause({
          uid: ctx.newUid(),
          worksheetId: input.worksheetId,
          branch: input.branch,
          text: input.text,
          isRootCause: input.isRootCause ?? false,
          conditionId: input.conditionId ?? null,
          statement: input.statement?.trim() || null,
          noActionReason: input.noActionReason?.trim() || null,
          position: worksheets.nextCausePosition(input.worksheetId),
          createdAt: at,
          updatedAt: at
        })
        touch(input.worksheetId, at)
        return { result: undefined, audit: { action: 'worksheets.addCause', entity: ENTITY, entityId: sheet.id, entityUid: sheet.uid, detail: { causeId: cause.id, branch: cause.branch, text: cause.text, isRootCause: cause.isRootCause } } }
      })
      return service.get(input.worksheetId)
    },

    updateCause(input: CauseUpdateInput): WorksheetDetail {
      const cause = worksheets.getCause(input.id)
      if (!cause) throw notFound('That cause')
      const sheet = require(cause.worksheetId)
      changeWithAudit(ctx, (at) => {
        const { id, ...changes } = input
        const set: Record<string, unknown> = {}
        for (const [key, value] of Object.entries(changes)) {
          if (value !== undefined) set[key] = typeof value === 'string' ? value.trim() || null : value
        }
        if (set.text === null) delete set.text
        worksheets.updateCause(id, { ...set, updatedAt: at })
        touch(cause.worksheetId, at)
        return { result: undefined, audit: { action: 'worksheets.updateCause', entity: ENTITY, entityId: sheet.id, entityUid: sheet.uid, detail: { causeId: id, ...set } } }
      })
      return service.get(cause.worksheetId)
    },

    removeCause(id: number): WorksheetDetail {
      const cause = worksheets.getCause(id)
      if (!cause) throw notFound('That cause')
      if (actions.countForCause(id) > 0) {
        throw new ServiceError('CONFLICT', 'Actions address this cause', [{ path: 'id', messageKey: 'worksheets.problem.causeHasActions' }])
      }
      const sheet = require(cause.worksheetId)
      changeWithAudit(ctx, (at) => {
        worksheets.deleteCause(id)
        touch(cause.worksheetId, at)
        return { result: undefined, audit: { action: 'worksheets.removeCause', entity: ENTITY, entityId: sheet.id, entityUid: sheet.uid, detail: { causeId: id, text: cause.text } } }
      })
      return service.get(cause.worksheetId)
    },

    setStatus(id: number, status: WorksheetStatus): WorksheetDetail {
      const before = require(id)
      const roots = rootCauseFacts(id)
        .filter((f) => f.cause.isRootCause)
        .map(({ cause, actions: a }) => ({ id: cause.id, text: cause.text, noActionReason: cause.noActionReason, actions: a }))
      const problems = worksheetTransitionProblems(before.status as WorksheetStatus, status, roots)
      if (problems.length) {
        const conflict = problems.some((p) => p.messageKey.endsWith('notAllowed') || p.messageKey.endsWith('same'))
        throw new ServiceError(conflict ? 'CONFLICT' : 'INVALID_INPUT', 'The worksheet cannot move to that status', problems.map((p) => ({ path: p.causeId ? `causes.${p.causeId}` : 'status', messageKey: p.messageKey })))
      }
      changeWithAudit(ctx, (at) => {
        worksheets.update(id, { status, completedAt: status === 'complete' ? at : null, updatedAt: at })
        return { result: undefined, audit: { action: 'worksheets.status', entity: ENTITY, entityId: id, entityUid: before.uid, detail: { status: { from: before.status, to: status } } } }
      })
      return service.get(id)
    }
  }
  return service
}

export type WorksheetService = ReturnType<typeof worksheetService>
