import { useCallback, useEffect, useState } from 'react'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { callApi, type UiError, type UiResult } from './client'
import { useLatestLoad, type LoadingOrFailed } from './useLatestLoad'

export type WorksheetDetail = ChannelOutput<'worksheets:get'>
export type WorksheetSummary = ChannelOutput<'worksheets:list'>[number]
export type WorksheetCause = WorksheetDetail['causes'][number]
export type WorksheetAction = WorksheetDetail['actions'][number]
export type WorksheetReport = WorksheetDetail['reports'][number]
export type WorksheetWhy = WorksheetDetail['whys'][number]

export type WorksheetListState =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  | { status: 'ready'; worksheets: WorksheetSummary[] }

/** Every worksheet, as main lists them. */
export function useWorksheetList(): WorksheetListState {
  const [state, setState] = useState<WorksheetListState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    void callApi('worksheets:list', undefined).then((result) => {
      if (current) setState(result.ok ? { status: 'ready', worksheets: result.data } : { status: 'error', error: result.error })
    })
    return () => {
      current = false
    }
  }, [])
  return state
}

export const createWorksheet = (input: ChannelInput<'worksheets:create'>): Promise<UiResult<WorksheetDetail>> =>
  callApi('worksheets:create', input)

/** One report's summary line (code, date, what happened), for reports named in a link. */
export const getReport = (id: number) => callApi('reports:get', { id })

export type WorksheetState = LoadingOrFailed | { status: 'ready'; worksheet: WorksheetDetail }

const readyWorksheet = (worksheet: WorksheetDetail) => ({ status: 'ready', worksheet }) as const

type Without<C extends keyof Inputs, K extends string> = Omit<Inputs[C], K>
interface Inputs {
  update: ChannelInput<'worksheets:update'>
  addCause: ChannelInput<'worksheets:addCause'>
  updateCause: ChannelInput<'worksheets:updateCause'>
}

export interface WorksheetHandle {
  state: WorksheetState
  reload: () => Promise<void>
  update: (input: Without<'update', 'id'>) => Promise<UiResult<WorksheetDetail>>
  addCause: (input: Without<'addCause', 'worksheetId'>) => Promise<UiResult<WorksheetDetail>>
  updateCause: (input: Inputs['updateCause']) => Promise<UiResult<WorksheetDetail>>
  removeCause: (id: number) => Promise<UiResult<WorksheetDetail>>
  setStatus: (status: WorksheetDetail['status']) => Promise<UiResult<WorksheetDetail>>
}

/**
 * One worksheet and every change the committee makes to it. Each worksheet change answers with
 * the stored worksheet, which replaces what is shown (coverage, suggestions and completion
 * problems are worked out by main, never guessed here). A refused change re-reads it, because a
 * refusal often means it was changed in another window.
 */
export function useWorksheet(id: number): WorksheetHandle {
  const load = useCallback(() => callApi('worksheets:get', { id }), [id])
  const { state, reload, show } = useLatestLoad(load, readyWorksheet, { resetOnChange: true })

  const afterChange = useCallback(
    async (result: UiResult<WorksheetDetail>) => {
      if (result.ok && result.data.id === id) show(result.data)
      else await reload()
      return result
    },
    [id, reload, show]
  )

  const update = useCallback(
    async (input: Without<'update', 'id'>) => afterChange(await callApi('worksheets:update', { ...input, id })),
    [afterChange, id]
  )
  const addCause = useCallback(
    async (input: Without<'addCause', 'worksheetId'>) => afterChange(await callApi('worksheets:addCause', { ...input, worksheetId: id })),
    [afterChange, id]
  )
  const updateCause = useCallback(
    async (input: Inputs['updateCause']) => afterChange(await callApi('worksheets:updateCause', input)),
    [afterChange]
  )
  const removeCause = useCallback(
    async (causeId: number) => afterChange(await callApi('worksheets:removeCause', { id: causeId })),
    [afterChange]
  )
  const setStatus = useCallback(
    async (status: WorksheetDetail['status']) => afterChange(await callApi('worksheets:setStatus', { id, status })),
    [afterChange, id]
  )
  return { state, reload, update, addCause, updateCause, removeCause, setStatus }
}
