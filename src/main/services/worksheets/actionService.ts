import {
  actionBucket,
  actionTransitionProblem,
  DUE_SOON_DAYS,
  suggestedStrength,
  type ActionStatus
} from '../../../shared/domain/actions'
import type { ActionListRow } from '../../db/repositories/actionRepository'
import { changeWithAudit, type ServiceContext } from '../context'
import { addDays, localIsoDate } from '../reports/dates'
import { notFound, ServiceError } from '../serviceError'
import type { Action, ActionCheckInput, ActionCreateInput, ActionListQuery, ActionListResult, ActionSetStatusInput, ActionUpdateInput } from './types'

const ENTITY = 'actions'

export const toAction = (row: ActionListRow): Action => row as Action

const invalid = (path: string, messageKey: string, message: string) =>
  new ServiceError('INVALID_INPUT', message, [{ path, messageKey }])

/** Corrective actions: owners, due dates, strength, and the effectiveness check that verifies them. */
export function actionService(ctx: ServiceContext) {
  const { actions, worksheets, lists, reports } = ctx.repos

  const require = (id: number) => {
    const row = actions.get(id)
    if (!row) throw notFound('That action')
    return row
  }

  /** Links and owner must point at real records, and a cause must belong to the worksheet. */
  function checkLinks(input: { worksheetId?: number | null; causeId?: number | null; reportId?: number | null; ownerMemberId?: number | null }, worksheetId: number | null) {
    if (input.worksheetId && !worksheets.get(input.worksheetId)) throw invalid('worksheetId', 'validation.invalid', 'Unknown worksheet')
    if (input.reportId && !reports.get(input.reportId)) throw invalid('reportId', 'validation.invalid', 'Unknown report')
    if (input.ownerMemberId && !lists.get('members', input.ownerMemberId)) throw invalid('ownerMemberId', 'validation.invalid', 'Unknown member')
    if (input.causeId) {
      const cause = worksheets.getCause(input.causeId)
      if (!cause || cause.worksheetId !== worksheetId) throw invalid('causeId', 'validation.invalid', 'That cause is not on this worksheet')
    }
  }

  const today = () => localIsoDate(ctx.now())

  return {
    create(input: ActionCreateInput): Action {
      if (!input.worksheetId && !input.reportId && !input.agendaItemId) {
        throw invalid('worksheetId', 'actions.problem.needsLink', 'An action belongs to a worksheet, a report or a meeting item')
      }
      if (!input.ownerMemberId && !input.ownerName?.trim()) throw invalid('ownerName', 'actions.problem.needsOwner', 'An action needs an owner')
      checkLinks(input, input.worksheetId ?? null)
      return changeWithAudit(ctx, (at) => {
        const row = actions.insert({
          uid: ctx.newUid(),
          worksheetId: input.worksheetId ?? null,
          causeId: input.causeId ?? null,
          reportId: input.reportId ?? null,
          agendaItemId: input.agendaItemId ?? null,
          description: input.description,
          controlType: input.controlType,
          strength: input.strength ?? suggestedStrength(input.controlType),
          ownerMemberId: input.ownerMemberId ?? null,
          ownerName: input.ownerMemberId ? null : (input.ownerName?.trim() || null),
          dueOn: input.dueOn ?? null,
          successMeasure: input.successMeasure?.trim() || null,
          checkDueOn: input.checkDueOn ?? null,
          status: 'planned',
          createdAt: at,
          updatedAt: at
        })
        return {
          result: toAction(require(row.id)),
          audit: { action: 'actions.create', entity: ENTITY, entityId: row.id, entityUid: row.uid, detail: { description: row.description, controlType: row.controlType, strength: row.strength } }
        }
      })
    },

    update(input: ActionUpdateInput): Action {
      const before = require(input.id)
      checkLinks(input, before.worksheetId)
      return changeWithAudit(ctx, (at) => {
        const { id, ...changes } = input
        const set: Record<string, unknown> = {}
        const diff: Record<string, { from: unknown; to: unknown }> = {}
        for (const [key, value] of Object.entries(changes)) {
          if (value === undefined) continue
          const next = typeof value === 'string' ? value.trim() || null : value
          const old = before[key as keyof typeof before]
          if (next !== old) {
            set[key] = next
            diff[key] = { from: old, to: next }
          }
        }
        if (changes.ownerMemberId) set.ownerName = null
        actions.update(id, { ...set, updatedAt: at })
        return { result: toAction(require(id)), audit: { action: 'actions.update', entity: ENTITY, entityId: id, entityUid: before.uid, detail: diff } }
      })
    },

    setStatus(input: ActionSetStatusInput): Action {
      const before = require(input.id)
      const from = before.status as ActionStatus
      const problem = actionTransitionProblem(from, input.status, {
        checkResult: before.checkResult,
        checkedOn: before.checkedOn,
        droppedReason: input.droppedReason
      })
      if (problem) {
        const path = problem === 'actions.problem.needsDropReason' ? 'droppedReason' : 'status'
        throw new ServiceError(problem.endsWith('notAllowed') || problem.endsWith('same') ? 'CONFLICT' : 'INVALID_INPUT', `Cannot move action from ${from} to ${input.status}`, [{ path, messageKey: problem }])
      }
      return changeWithAudit(ctx, (at) => {
        actions.update(input.id, {
          status: input.status,
          droppedReason: input.status === 'dropped' ? input.droppedReason!.trim() : null,
          doneOn: input.status === 'done' ? today() : input.status === 'planned' || input.status === 'inProgress' ? null : before.doneOn,
          updatedAt: at
        })
        return {
          result: toAction(require(input.id)),
          audit: { action: 'actions.status', entity: ENTITY, entityId: input.id, entityUid: before.uid, detail: { status: { from, to: input.status }, ...(input.droppedReason ? { droppedReason: input.droppedReason } : {}) } }
        }
      })
    },

    /** The effectiveness check: "done" is not the end; only a check that says it worked verifies. */
    recordCheck(input: ActionCheckInput): Action {
      const before = require(input.id)
      if (before.status !== 'done') {
        throw new ServiceError('CONFLICT', 'Only a done action can be checked', [{ path: 'status', messageKey: 'actions.problem.checkNeedsDone' }])
      }
      if (input.checkedOn > today()) throw invalid('checkedOn', 'validation.dateInFuture', 'The check date is in the future')
      return changeWithAudit(ctx, (at) => {
        const status: ActionStatus = input.effective ? 'verified' : 'inProgress'
        actions.update(input.id, { checkedOn: input.checkedOn, checkResult: input.checkResult, checkEffective: input.effective, status, updatedAt: at })
        return {
          result: toAction(require(input.id)),
          audit: { action: 'actions.check', entity: ENTITY, entityId: input.id, entityUid: before.uid, detail: { checkedOn: input.checkedOn, checkResult: input.checkResult, effective: input.effective, status: { from: before.status, to: status } } }
        }
      })
    },

    list(query: ActionListQuery): ActionListResult {
      const t = today()
      const soon = addDays(t, DUE_SOON_DAYS)
      const rows = actions
        .list({ statuses: query.statuses, strengths: query.strengths, ownerMemberId: query.ownerMemberId, ownerName: query.ownerName, worksheetId: query.worksheetId, reportId: query.reportId, agendaItemIds: query.agendaItemId ? [query.agendaItemId] : undefined })
        .map((row) => ({ ...toAction(row), bucket: actionBucket({ status: row.status as ActionStatus, dueOn: row.dueOn }, t, soon) }))
      const counts = { overdue: 0, dueSoon: 0, awaitingCheck: 0 }
      for (const row of rows) if (row.bucket in counts) counts[row.bucket as keyof typeof counts]++
      return { rows: query.buckets?.length ? rows.filter((r) => query.buckets!.includes(r.bucket)) : rows, counts }
    }
  }
}

export type ActionService = ReturnType<typeof actionService>
