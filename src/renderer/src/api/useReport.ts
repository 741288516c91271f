import { useCallback, useEffect, useState } from 'react'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { callApi, type UiError, type UiResult } from './client'
import { useLatestLoad, type LoadingOrFailed } from './useLatestLoad'

export type ReportDetail = ChannelOutput<'reports:get'>
export type SimilarReport = ChannelOutput<'reports:similar'>[number]

export type ReportState = LoadingOrFailed | { status: 'ready'; report: ReportDetail }

const readyReport = (report: ReportDetail) => ({ status: 'ready', report }) as const

type WithoutId<C extends 'reports:update' | 'reports:triage' | 'reports:setStatus'> = Omit<ChannelInput<C>, 'id'>

export interface ReportHandle {
  state: ReportState
  reload: () => Promise<void>
  update: (input: WithoutId<'reports:update'>) => Promise<UiResult<ReportDetail>>
  triage: (input: WithoutId<'reports:triage'>) => Promise<UiResult<ReportDetail>>
  setStatus: (input: WithoutId<'reports:setStatus'>) => Promise<UiResult<ReportDetail>>
  /** Link `reportId` (this report or another) to `sameAsId`, or unlink it with null. */
  linkSameEvent: (reportId: number, sameAsId: number | null) => Promise<UiResult<ReportDetail>>
}

/**
 * One report with everything the detail page needs, and the changes the committee makes to it.
 * Each change answers with the stored report, which replaces what is shown; a refused change
 * re-reads the report, because a refusal often means it was changed elsewhere.
 */
export function useReport(id: number): ReportHandle {
  const load = useCallback(() => callApi('reports:get', { id }), [id])
  const { state, reload, show } = useLatestLoad(load, readyReport, { resetOnChange: true })

  const afterChange = useCallback(
    async (result: UiResult<ReportDetail>, changedId = id) => {
      if (result.ok && changedId === id) show(result.data)
      else await reload()
      return result
    },
    [id, reload, show]
  )

  const update = useCallback(
    async (input: WithoutId<'reports:update'>) => afterChange(await callApi('reports:update', { ...input, id })),
    [afterChange, id]
  )
  const triage = useCallback(
    async (input: WithoutId<'reports:triage'>) => afterChange(await callApi('reports:triage', { ...input, id })),
    [afterChange, id]
  )
  const setStatus = useCallback(
    async (input: WithoutId<'reports:setStatus'>) => afterChange(await callApi('reports:setStatus', { ...input, id })),
    [afterChange, id]
  )
  const linkSameEvent = useCallback(
    async (reportId: number, sameAsId: number | null) =>
      afterChange(await callApi('reports:linkSameEvent', { id: reportId, sameAsId }), reportId),
    [afterChange]
  )

  return { state, reload, update, triage, setStatus, linkSameEvent }
}

export type SimilarState =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  | { status: 'ready'; reports: SimilarReport[] }

/** Reports that may be the same hazard; asked again whenever `version` changes (after a link). */
export function useSimilarReports(id: number, version: string): SimilarState {
  const [state, setState] = useState<SimilarState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    void callApi('reports:similar', { id }).then((result) => {
      if (current) setState(result.ok ? { status: 'ready', reports: result.data } : { status: 'error', error: result.error })
    })
    return () => {
      current = false
    }
  }, [id, version])
  return state
}

/**
 * Which worksheet each of the report's actions belongs to (action id -> worksheet id), for
 * linking each action to where it is worked on. `reports:get` lists the actions without it, so
 * this asks `actions:list` for the same set; again whenever `version` (the action ids) changes.
 * Until it answers, or if it fails, the map is empty and the page links to the Actions page.
 */
export function useActionWorksheets(reportId: number, version: string): ReadonlyMap<number, number> {
  const [map, setMap] = useState<ReadonlyMap<number, number>>(() => new Map())
  useEffect(() => {
    if (version === '') return
    let current = true
    void callApi('actions:list', { reportId }).then((result) => {
      if (!current || !result.ok) return
      setMap(new Map(result.data.rows.flatMap((row) => (row.worksheetId === null ? [] : [[row.id, row.worksheetId] as const]))))
    })
    return () => {
      current = false
    }
  }, [reportId, version])
  return map
}
