import { useEffect, useState } from 'react'
import type { ChannelOutput } from '../../../shared/ipc/contract'
import { callApi, type UiError } from './client'

export type AppInfo = ChannelOutput<'app:info'>

export type AppInfoState =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  | { status: 'ready'; info: AppInfo }

/** Version and data location, shown so the chair can tell IT where the database lives. */
export function useAppInfo(): AppInfoState {
  const [state, setState] = useState<AppInfoState>({ status: 'loading' })
  useEffect(() => {
    let current = true
    void callApi('app:info', undefined).then((result) => {
      if (current) setState(result.ok ? { status: 'ready', info: result.data } : { status: 'error', error: result.error })
    })
    return () => {
      current = false
    }
  }, [])
  return state
}
