import { useCallback } from 'react'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { callApi, type UiResult } from './client'
import { useLatestLoad, type LoadingOrFailed } from './useLatestLoad'

/**
 * Corrective actions: the calls the action form, the status controls and the Actions page make.
 * Plain functions for changes (the component decides when), one hook for the list.
 */
export type Action = ChannelOutput<'actions:create'>
export type ActionListQuery = ChannelInput<'actions:list'>
export type ActionListResult = ChannelOutput<'actions:list'>
export type ActionListRow = ActionListResult['rows'][number]
export type ActionCreateInput = ChannelInput<'actions:create'>
export type ActionUpdateInput = ChannelInput<'actions:update'>
export type ActionStatusInput = ChannelInput<'actions:setStatus'>
export type ActionCheckInput = ChannelInput<'actions:recordCheck'>

export const createAction = (input: ActionCreateInput): Promise<UiResult<Action>> => callApi('actions:create', input)
export const updateAction = (input: ActionUpdateInput): Promise<UiResult<Action>> => callApi('actions:update', input)
export const setActionStatus = (input: ActionStatusInput): Promise<UiResult<Action>> => callApi('actions:setStatus', input)
export const recordActionCheck = (input: ActionCheckInput): Promise<UiResult<Action>> => callApi('actions:recordCheck', input)

/** A worksheet's causes, for the "Root cause it addresses" choice when an action is edited elsewhere. */
export async function loadWorksheetCauses(worksheetId: number): Promise<UiResult<Array<{ id: number; text: string; isRootCause: boolean }>>> {
  const result = await callApi('worksheets:get', { id: worksheetId })
  if (!result.ok) return result
  return { ok: true, data: result.data.causes.map((cause) => ({ id: cause.id, text: cause.text, isRootCause: cause.isRootCause })) }
}

export type ActionListState = LoadingOrFailed | { status: 'ready'; result: ActionListResult }

const readyActionList = (result: ActionListResult) => ({ status: 'ready', result }) as const

export interface ActionList {
  state: ActionListState
  /** Ask again (after a change); the rows shown stay until the answer comes. */
  reload: () => Promise<void>
}

/**
 * Actions matching `query`, with the overdue / due soon / awaiting check counts. Main works out
 * the buckets from its own "today", so every screen agrees on what is overdue. Only the newest
 * request may write state, so a quick run of filter changes cannot end on an older answer.
 */
export function useActionList(query: ActionListQuery): ActionList {
  const key = JSON.stringify(query)
  const load = useCallback(() => callApi('actions:list', JSON.parse(key) as ActionListQuery), [key])
  const { state, reload } = useLatestLoad(load, readyActionList, { resetOnChange: false })

  return { state, reload }
}
