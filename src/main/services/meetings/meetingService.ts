import { DEFAULT_ITEM_MINUTES, defaultReviewPeriod, isLocked, STANDING_ITEMS, type MeetingStatus } from '../../../shared/domain/meetings'
import { en } from '../../../shared/i18n/en'
import type { AgendaItemRow, MeetingRow } from '../../db/repositories/meetingRepository'
import { changeWithAudit, type ServiceContext } from '../context'
import { localIsoDate } from '../reports/dates'
import { notFound, ServiceError } from '../serviceError'
import { buildReviewData, toReviewAction } from './reviewData'
import type { AgendaItemAddInput, AgendaItemUpdateInput, AttendanceInput, MeetingCreateInput, MeetingDetail, MeetingSummary, MeetingUpdateInput } from './types'

const ENTITY = 'meetings'

const problem = (code: 'LOCKED' | 'CONFLICT' | 'INVALID_INPUT', key: string, message: string, path = 'meetingId') =>
  new ServiceError(code, message, [{ path, messageKey: `meetings.problem.${key}` }])

/** Meetings, their agenda and record; minutes approval, amendments and posting. */
export function meetingService(ctx: ServiceContext) {
  const { meetings, lists, actions } = ctx.repos

  const require = (id: number): MeetingRow => {
    const row = meetings.get(id)
    if (!row) throw notFound('That meeting')
    return row
  }
  const requireUnlocked = (id: number): MeetingRow => {
    const row = require(id)
    if (isLocked(row.status as MeetingStatus)) throw problem('LOCKED', 'locked', 'Approved minutes are locked')
    return row
  }
  /** Management's answer to a recommendation arrives after the minutes are approved: it is follow-up, not minutes. */
  const FOLLOW_UP_FIELDS = new Set(['managementResponse', 'responseReceivedOn'])

  const requireItem = (id: number): AgendaItemRow => {
    const item = meetings.getItem(id)
    if (!item) throw notFound('That agenda item')
    return item
  }
  const checkMember = (id: number | null | undefined, path: string) => {
    if (id && !lists.get('members', id)) throw new ServiceError('INVALID_INPUT', 'Unknown member', [{ path, messageKey: 'validation.invalid' }])
  }
  const periodOf = (row: MeetingRow) => {
    const fallback = defaultReviewPeriod(row.heldOn, meetings.previous(row.heldOn, row.id)?.heldOn ?? null)
    return { start: row.periodStart ?? fallback.start, end: row.periodEnd ?? fallback.end }
  }
  const memberName = (id: number | null) => (id ? (lists.get('members', id)?.name ?? null) : null)

  const audited = <T>(row: MeetingRow, action: string, detail: unknown, change: (at: string) => T): T =>
    changeWithAudit(ctx, (at) => {
      const result = change(at)
      meetings.update(row.id, { updatedAt: at })
      return { result, audit: { action: `meetings.${action}`, entity: ENTITY, entityId: row.id, entityUid: row.uid, detail } }
    })

  const service = {
    list(): MeetingSummary[] {
      return meetings.list().map((m) => ({ id: m.id, heldOn: m.heldOn, startTime: m.startTime, place: m.place, status: m.status as MeetingStatus, itemCount: meetings.items(m.id).length }))
    },

    create(input: MeetingCreateInput): MeetingDetail {
      checkMember(input.chairMemberId, 'chairMemberId')
      checkMember(input.recorderMemberId, 'recorderMemberId')
      if (input.periodStart && input.periodEnd && input.periodStart > input.periodEnd) throw problem('INVALID_INPUT', 'periodOrder', 'Period ends before it starts', 'periodStart')
      const id = changeWithAudit(ctx, (at) => {
        const row = meetings.insert({ ...input, uid: ctx.newUid(), status: 'draft', createdAt: at, updatedAt: at })
        return { result: row.id, audit: { action: 'meetings.create', entity: ENTITY, entityId: row.id, entityUid: row.uid, detail: { heldOn: row.heldOn } } }
      })
      return service.get(id)
    },

    get(id: number): MeetingDetail {
      const row = require(id)
      const period = periodOf(row)
      const previous = meetings.previous(row.heldOn, row.id)
      const next = meetings.next(row.heldOn)
      const items = meetings.items(id)
      const itemActions = actions.list({ agendaItemIds: items.map((i) => i.id) })
      const approvedAt = row.approvedAtMeetingId ? meetings.get(row.approvedAtMeetingId) : undefined
      return {
        id: row.id,
        uid: row.uid,
        heldOn: row.heldOn,
        startTime: row.startTime,
        endTime: row.endTime,
        place: row.place,
        chairMemberId: row.chairMemberId,
        recorderMemberId: row.recorderMemberId,
        chairName: memberName(row.chairMemberId),
        recorderName: memberName(row.recorderMemberId),
        periodStart: period.start,
        periodEnd: period.end,
        status: row.status as MeetingStatus,
        locked: isLocked(row.status as MeetingStatus),
        approvedAt: row.approvedAt,
        approvedAtMeeting: approvedAt ? { id: approvedAt.id, heldOn: approvedAt.heldOn } : null,
        minutesPostedWhere: row.minutesPostedWhere,
        minutesPostedOn: row.minutesPostedOn,
        nextMeetingNote: row.nextMeetingNote,
        previousMeeting: previous ? { id: previous.id, heldOn: previous.heldOn, status: previous.status as MeetingStatus } : null,
        nextMeeting: next ? { id: next.id, heldOn: next.heldOn, startTime: next.startTime, place: next.place } : null,
        attendance: meetings.attendance(id) as MeetingDetail['attendance'],
        items: items.map((item) => ({
          id: item.id,
          position: item.position,
          kind: item.kind as MeetingDetail['items'][number]['kind'],
          title: item.title,
          presenter: item.presenter,
          minutesAllotted: item.minutesAllotted,
          notes: item.notes,
          decision: item.decision,
          recommendation: item.recommendation,
          recommendationOwner: item.recommendationOwner,
          responseDueOn: item.responseDueOn,
          managementResponse: item.managementResponse,
          responseReceivedOn: item.responseReceivedOn,
          actions: itemActions.filter((a) => a.agendaItemId === item.id).map(toReviewAction)
        })),
        amendments: meetings.amendments(id).map((a) => ({ id: a.id, amendedOn: a.amendedOn, text: a.text })),
        review: buildReviewData(ctx, period)
      }
    },

    update(input: MeetingUpdateInput): MeetingDetail {
      const row = requireUnlocked(input.id)
      checkMember(input.chairMemberId, 'chairMemberId')
      checkMember(input.recorderMemberId, 'recorderMemberId')
      const { id, ...changes } = input
      const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === 'string' ? v.trim() || null : v]))
      const start = (set.periodStart as string | undefined) ?? row.periodStart
      const end = (set.periodEnd as string | undefined) ?? row.periodEnd
      if (start && end && start > end) throw problem('INVALID_INPUT', 'periodOrder', 'Period ends before it starts', 'periodStart')
      audited(row, 'update', set, () => meetings.update(id, set))
      return service.get(id)
    },

    setAttendance(input: AttendanceInput): MeetingDetail {
      const row = requireUnlocked(input.meetingId)
      input.entries.forEach((e, i) => checkMember(e.memberId, `entries.${i}.memberId`))
      const rows = input.entries.map((e) => ({ memberId: e.memberId ?? null, guestName: e.memberId ? null : (e.guestName?.trim() ?? null), attendance: e.attendance }))
      audited(row, 'attendance', { entries: rows.length }, () => meetings.replaceAttendance(row.id, rows))
      return service.get(row.id)
    },

    /** One click: the standing agenda, titled from the catalog, sized for about an hour. */
    buildAgenda(meetingId: number, replace: boolean): MeetingDetail {
      const row = requireUnlocked(meetingId)
      const existing = meetings.items(meetingId)
      if (existing.length && !replace) throw problem('CONFLICT', 'agendaExists', 'The meeting already has an agenda')
      if (replace && actions.list({ agendaItemIds: existing.map((i) => i.id) }).length > 0) {
        throw problem('CONFLICT', 'agendaHasActions', 'Actions were created from this agenda; edit it instead of rebuilding')
      }
      audited(row, 'buildAgenda', { replace, items: STANDING_ITEMS.length }, (at) => {
        meetings.deleteItems(meetingId)
        STANDING_ITEMS.forEach((kind, position) =>
          meetings.insertItem({ uid: ctx.newUid(), meetingId, position, kind, title: en.meetings.standing[kind], minutesAllotted: DEFAULT_ITEM_MINUTES[kind], createdAt: at, updatedAt: at })
        )
      })
      return service.get(meetingId)
    },

    addItem(input: AgendaItemAddInput): MeetingDetail {
      const row = requireUnlocked(input.meetingId)
      const { meetingId, ...fields } = input
      audited(row, 'addItem', { title: fields.title }, (at) => {
        const position = meetings.items(meetingId).length
        meetings.insertItem({ ...fields, uid: ctx.newUid(), meetingId, position, kind: 'custom', createdAt: at, updatedAt: at })
      })
      return service.get(meetingId)
    },

    updateItem(input: AgendaItemUpdateInput): MeetingDetail {
      const item = requireItem(input.id)
      const { id, ...changes } = input
      const followUpOnly = Object.entries(changes).every(([key, value]) => value === undefined || FOLLOW_UP_FIELDS.has(key))
      const row = followUpOnly ? require(item.meetingId) : requireUnlocked(item.meetingId)
      const set = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined).map(([k, v]) => [k, typeof v === 'string' ? v.trim() || null : v]))
      if (set.title === null) delete set.title
      audited(row, 'updateItem', { itemId: id, fields: Object.keys(set) }, (at) => meetings.updateItem(id, { ...set, updatedAt: at }))
      return service.get(item.meetingId)
    },

    removeItem(id: number): MeetingDetail {
      const item = requireItem(id)
      const row = requireUnlocked(item.meetingId)
      if (actions.list({ agendaItemIds: [id] }).length) throw problem('CONFLICT', 'itemHasActions', 'Actions were created from this item')
      audited(row, 'removeItem', { itemId: id, title: item.title }, () => {
        meetings.deleteItem(id)
        meetings.items(item.meetingId).forEach((rest, position) => meetings.updateItem(rest.id, { position }))
      })
      return service.get(item.meetingId)
    },

    /** Reorder: the full list of item ids in their new order. */
    moveItems(meetingId: number, itemIds: readonly number[]): MeetingDetail {
      const row = requireUnlocked(meetingId)
      const current = meetings.items(meetingId).map((i) => i.id)
      if (current.length !== itemIds.length || [...current].sort().join() !== [...itemIds].sort().join()) {
        throw problem('CONFLICT', 'itemsMismatch', 'The item list does not match the agenda')
      }
      audited(row, 'moveItems', { order: itemIds }, () => itemIds.forEach((id, position) => meetings.updateItem(id, { position })))
      return service.get(meetingId)
    },

    markHeld(id: number): MeetingDetail {
      const row = requireUnlocked(id)
      if (row.status === 'held') return service.get(id)
      audited(row, 'status', { status: { from: row.status, to: 'held' } }, () => meetings.update(id, { status: 'held' }))
      return service.get(id)
    },

    /**
     * Approve a meeting's minutes at a later meeting. The minutes are frozen as they stand
     * (snapshot), and the meeting is locked; later corrections are amendments.
     */
    approveMinutes(meetingId: number, atMeetingId: number): MeetingDetail {
      const row = requireUnlocked(meetingId)
      const at = require(atMeetingId)
      if (row.status !== 'held') throw problem('CONFLICT', 'approveNeedsHeld', 'The meeting has not been held')
      if (at.heldOn <= row.heldOn) throw problem('INVALID_INPUT', 'approveAtLaterMeeting', 'Approve at a later meeting', 'atMeetingId')
      const current = service.get(meetingId)
      audited(row, 'approveMinutes', { atMeetingId }, (when) => {
        const frozen: MeetingDetail = { ...current, status: 'approved', locked: true, approvedAt: when, approvedAtMeeting: { id: at.id, heldOn: at.heldOn } }
        meetings.update(meetingId, { status: 'approved', approvedAt: when, approvedAtMeetingId: atMeetingId, minutesSnapshot: JSON.stringify(frozen) })
      })
      return service.get(meetingId)
    },

    addAmendment(meetingId: number, text: string, amendedOn?: string): MeetingDetail {
      const row = require(meetingId)
      if (row.status !== 'approved') throw problem('CONFLICT', 'notApproved', 'Only approved minutes take amendments')
      audited(row, 'amend', { text }, (at) =>
        meetings.insertAmendment({ uid: ctx.newUid(), meetingId, amendedOn: amendedOn ?? localIsoDate(ctx.now()), text, createdAt: at, updatedAt: at })
      )
      return service.get(meetingId)
    },

    /** Where the minutes were made available to all employees. Allowed after approval too. */
    recordPosting(meetingId: number, postedWhere: string, postedOn: string): MeetingDetail {
      const row = require(meetingId)
      audited(row, 'posting', { postedWhere, postedOn }, () => meetings.update(meetingId, { minutesPostedWhere: postedWhere, minutesPostedOn: postedOn }))
      return service.get(meetingId)
    },

    /** The frozen minutes of an approved meeting, or null. */
    snapshot(meetingId: number): unknown {
      const row = require(meetingId)
      return row.minutesSnapshot ? (JSON.parse(row.minutesSnapshot) as unknown) : null
    }
  }
  return service
}

export type MeetingService = ReturnType<typeof meetingService>
