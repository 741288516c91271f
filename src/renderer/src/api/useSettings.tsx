import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { AppSettings } from '../../../shared/domain/settings'
import type { ChannelInput } from '../../../shared/ipc/contract'
import { callApi, type UiError, type UiResult } from './client'

export type SettingsState =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  | { status: 'ready'; settings: AppSettings }

interface SettingsContextValue {
  state: SettingsState
  save: (patch: ChannelInput<'settings:update'>) => Promise<UiResult<AppSettings>>
}

const SettingsContext = createContext<SettingsContextValue | null>(null)

/**
 * Settings live in context rather than per screen because the header (school name), the first-run
 * redirect and the Settings form all read them, and a save must update all three at once.
 */
export function SettingsProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SettingsState>({ status: 'loading' })

  useEffect(() => {
    let current = true
    void callApi('settings:get', undefined).then((result) => {
      if (!current) return
      setState(result.ok ? { status: 'ready', settings: result.data } : { status: 'error', error: result.error })
    })
    return () => {
      current = false
    }
  }, [])

  const save = useCallback(async (patch: ChannelInput<'settings:update'>) => {
    const result = await callApi('settings:update', patch)
    if (result.ok) setState({ status: 'ready', settings: result.data })
    return result
  }, [])

  const value = useMemo(() => ({ state, save }), [state, save])
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>
}

export function useSettings(): SettingsContextValue {
  const value = useContext(SettingsContext)
  if (!value) throw new Error('useSettings must be used inside <SettingsProvider>')
  return value
}
