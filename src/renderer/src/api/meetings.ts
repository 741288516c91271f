import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { callApi, type UiError, type UiResult } from './client'

/**
 * The monthly review: the meetings list, one meeting and every change the chair makes to it.
 * Each change answers with the stored meeting (agenda, attendance and review data worked out by
 * main), which replaces what is shown.
 */
export type MeetingSummary = ChannelOutput<'meetings:list'>[number]
export type MeetingDetail = ChannelOutput<'meetings:get'>
export type AgendaItem = MeetingDetail['items'][number]
export type ReviewData = MeetingDetail['review']
export type AttendanceEntry = ChannelInput<'meetings:setAttendance'>['entries'][number]
export type MeetingCreateInput = ChannelInput<'meetings:create'>
export type MeetingFieldsInput = Omit<ChannelInput<'meetings:update'>, 'id'>
export type AgendaItemFields = Omit<ChannelInput<'meetings:updateItem'>, 'id'>
export type AgendaItemAddFields = Omit<ChannelInput<'meetings:addItem'>, 'meetingId'>

export type MeetingListState =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  | { status: 'ready'; meetings: MeetingSummary[] }

/** Every meeting, as main lists them. */
export function useMeetingList(): MeetingListState {
  const [state, setState] = useState<MeetingListState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    void callApi('meetings:list', undefined).then((result) => {
      if (current) setState(result.ok ? { status: 'ready', meetings: result.data } : { status: 'error', error: result.error })
    })
    return () => {
      current = false
    }
  }, [])
  return state
}

export const createMeeting = (input: MeetingCreateInput): Promise<UiResult<MeetingDetail>> => callApi('meetings:create', input)

export type MeetingState =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  | { status: 'ready'; meeting: MeetingDetail }

export interface MeetingHandle {
  state: MeetingState
  reload: () => Promise<void>
  update: (fields: MeetingFieldsInput) => Promise<UiResult<MeetingDetail>>
  setAttendance: (entries: AttendanceEntry[]) => Promise<UiResult<MeetingDetail>>
  buildAgenda: (replace: boolean) => Promise<UiResult<MeetingDetail>>
  addItem: (fields: AgendaItemAddFields) => Promise<UiResult<MeetingDetail>>
  updateItem: (id: number, fields: AgendaItemFields) => Promise<UiResult<MeetingDetail>>
  removeItem: (id: number) => Promise<UiResult<MeetingDetail>>
  moveItems: (itemIds: number[]) => Promise<UiResult<MeetingDetail>>
  markHeld: () => Promise<UiResult<MeetingDetail>>
  /** Approve an earlier meeting's minutes at this one; answers with the earlier meeting. */
  approveMinutesOf: (earlierMeetingId: number) => Promise<UiResult<MeetingDetail>>
  addAmendment: (text: string, amendedOn: string) => Promise<UiResult<MeetingDetail>>
  recordPosting: (postedWhere: string, postedOn: string) => Promise<UiResult<MeetingDetail>>
}

/** Codes after which what is shown may be out of date (changed, locked or removed elsewhere). */
const STALE_CODES = new Set(['CONFLICT', 'LOCKED', 'NOT_FOUND'])

export function useMeeting(id: number): MeetingHandle {
  const [state, setState] = useState<MeetingState>({ status: 'loading' })
  // Main answers calls in the order they were sent, so a later request's answer is the newer
  // meeting: an earlier answer arriving late must not overwrite it.
  const lastSent = useRef(0)
  const lastShown = useRef(0)

  const show = useCallback((request: number, result: UiResult<MeetingDetail>) => {
    if (request < lastShown.current) return
    lastShown.current = request
    setState(result.ok ? { status: 'ready', meeting: result.data } : { status: 'error', error: result.error })
  }, [])

  const reload = useCallback(async () => {
    const request = ++lastSent.current
    show(request, await callApi('meetings:get', { id }))
  }, [id, show])

  useEffect(() => {
    setState({ status: 'loading' })
    void reload()
  }, [reload])

  const change = useCallback(
    async (send: () => Promise<UiResult<MeetingDetail>>): Promise<UiResult<MeetingDetail>> => {
      const request = ++lastSent.current
      const result = await send()
      if (result.ok) show(request, result)
      else if (STALE_CODES.has(result.error.code)) await reload()
      return result
    },
    [show, reload]
  )

  const update = useCallback((fields: MeetingFieldsInput) => change(() => callApi('meetings:update', { ...fields, id })), [change, id])
  const setAttendance = useCallback(
    (entries: AttendanceEntry[]) => change(() => callApi('meetings:setAttendance', { meetingId: id, entries })),
    [change, id]
  )
  const buildAgenda = useCallback((replace: boolean) => change(() => callApi('meetings:buildAgenda', { meetingId: id, replace })), [change, id])
  const addItem = useCallback((fields: AgendaItemAddFields) => change(() => callApi('meetings:addItem', { ...fields, meetingId: id })), [change, id])
  const updateItem = useCallback(
    (itemId: number, fields: AgendaItemFields) => change(() => callApi('meetings:updateItem', { ...fields, id: itemId })),
    [change]
  )
  const removeItem = useCallback((itemId: number) => change(() => callApi('meetings:removeItem', { id: itemId })), [change])
  const moveItems = useCallback((itemIds: number[]) => change(() => callApi('meetings:moveItems', { meetingId: id, itemIds })), [change, id])
  const markHeld = useCallback(() => change(() => callApi('meetings:markHeld', { id })), [change, id])
  const approveMinutesOf = useCallback(
    async (earlierMeetingId: number) => {
      const result = await callApi('meetings:approveMinutes', { meetingId: earlierMeetingId, atMeetingId: id })
      // The answer is the earlier meeting; this one shows its status, so read it again.
      await reload()
      return result
    },
    [id, reload]
  )
  const addAmendment = useCallback(
    (text: string, amendedOn: string) => change(() => callApi('meetings:addAmendment', { meetingId: id, text, amendedOn })),
    [change, id]
  )
  const recordPosting = useCallback(
    (postedWhere: string, postedOn: string) => change(() => callApi('meetings:recordPosting', { meetingId: id, postedWhere, postedOn })),
    [change, id]
  )

  return { state, reload, update, setAttendance, buildAgenda, addItem, updateItem, removeItem, moveItems, markHeld, approveMinutesOf, addAmendment, recordPosting }
}
