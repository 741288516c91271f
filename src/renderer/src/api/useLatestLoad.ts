import { useCallback, useEffect, useRef, useState } from 'react'
import type { UiError, UiResult } from './client'

export type LoadingOrFailed = { status: 'loading' } | { status: 'error'; error: UiError }

export interface LatestLoad<T, Ready> {
  state: LoadingOrFailed | Ready
  /** Reads again; only the newest read may write state, so a slow older answer is dropped. */
  reload: () => Promise<void>
  /** Shows `data` now (a change's answer) and drops any read still in flight, which is older. */
  show: (data: T) => void
}

/**
 * Loads `load()` whenever it changes (callers memoise it on what it reads) and turns the answer
 * into the hook's ready state with `ready`, which must be stable (declared outside the component).
 * With `resetOnChange` the screen shows "loading" again when `load` changes, for hooks that show
 * a different record; without, the previous answer stays until the next one arrives.
 */
export function useLatestLoad<T, Ready>(
  load: () => Promise<UiResult<T>>,
  ready: (data: T) => Ready,
  { resetOnChange }: { resetOnChange: boolean }
): LatestLoad<T, Ready> {
  const [state, setState] = useState<LoadingOrFailed | Ready>({ status: 'loading' })
  const latestRequest = useRef(0)

  const reload = useCallback(async () => {
    const request = ++latestRequest.current
    const result = await load()
    if (request !== latestRequest.current) return
    setState(result.ok ? ready(result.data) : { status: 'error', error: result.error })
  }, [load, ready])

  useEffect(() => {
    if (resetOnChange) setState({ status: 'loading' })
    void reload()
  }, [reload, resetOnChange])

  const show = useCallback(
    (data: T) => {
      latestRequest.current += 1 // an older read must not overwrite this newer answer
      setState(ready(data))
    },
    [ready]
  )

  return { state, reload, show }
}
