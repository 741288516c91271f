import { useEffect, useRef, useState } from 'react'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { callApi, type UiError } from './client'

export type ReportListQuery = ChannelInput<'reports:list'>
export type ReportListPage = ChannelOutput<'reports:list'>
export type ReportSummary = ReportListPage['rows'][number]

export type ReportListState =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  | { status: 'ready'; page: ReportListPage }

export interface ReportList {
  state: ReportListState
  /** A newer query is on its way; the rows shown are still the previous answer. */
  pending: boolean
}

/**
 * One page of the register, asked of main whenever the query changes. Main does the filtering,
 * sorting and paging, so 100,000 reports cost the same as 50. Only the newest request may write
 * state, and the previous page stays on screen while the next loads (no flash of "Loading…").
 */
export function useReportList(query: ReportListQuery): ReportList {
  const key = JSON.stringify(query)
  const [state, setState] = useState<ReportListState>({ status: 'loading' })
  const [pending, setPending] = useState(true)
  const latestRequest = useRef(0)

  useEffect(() => {
    const request = ++latestRequest.current
    setPending(true)
    void callApi('reports:list', JSON.parse(key) as ReportListQuery).then((result) => {
      if (request !== latestRequest.current) return
      setPending(false)
      setState(result.ok ? { status: 'ready', page: result.data } : { status: 'error', error: result.error })
    })
  }, [key])

  return { state, pending }
}
