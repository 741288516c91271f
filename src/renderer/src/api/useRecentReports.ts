import { useCallback, useEffect, useState } from 'react'
import type { ChannelOutput } from '../../../shared/ipc/contract'
import { callApi, type UiError } from './client'

export type RecentReport = ChannelOutput<'reports:list'>['rows'][number]

export type RecentReportsState = { status: 'loading' } | { status: 'error'; error: UiError } | { status: 'ready'; reports: RecentReport[] }

/** Main pages at most 500 rows; a school files a few hundred reports in half a year at most. */
const PAGE = 500

/**
 * Every report filed since the start of `sinceMonth` (YYYY-MM, by the filing date as main stores
 * it, like the meeting's trends), newest first. Pages through `reports:list` sorted by filing
 * date until it passes that month, so the dashboard counts every report, not the first page.
 */
export function useRecentReports(sinceMonth: string): { state: RecentReportsState; reload: () => void } {
  const [state, setState] = useState<RecentReportsState>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    void (async () => {
      const reports: RecentReport[] = []
      for (let offset = 0; ; offset += PAGE) {
        const result = await callApi('reports:list', { sort: 'createdAt', direction: 'desc', offset, limit: PAGE })
        if (!current) return
        if (!result.ok) return setState({ status: 'error', error: result.error })
        const inWindow = result.data.rows.filter((row) => row.createdAt.slice(0, 7) >= sinceMonth)
        reports.push(...inWindow)
        const passedWindow = inWindow.length < result.data.rows.length
        if (passedWindow || offset + PAGE >= result.data.total || result.data.rows.length === 0) break
      }
      if (current) setState({ status: 'ready', reports })
    })()
    return () => {
      current = false
    }
  }, [sinceMonth, attempt])

  const reload = useCallback(() => {
    setState({ status: 'loading' })
    setAttempt((n) => n + 1)
  }, [])
  return { state, reload }
}
