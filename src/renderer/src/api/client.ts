import type { Channel } from '../../../shared/ipc/channels'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import type { ErrorCode, FieldIssue } from '../../../shared/ipc/result'

/**
 * The only module that touches `window.api`. Everything else in the renderer goes through the
 * hooks in this folder, so the transport (Electron preload or browser preview) stays invisible.
 */

/** OFFLINE is renderer-only: the bridge itself is missing or the call was rejected. */
export type UiErrorCode = ErrorCode | 'OFFLINE'

export interface UiError {
  code: UiErrorCode
  message: string
  details?: FieldIssue[]
}

export type UiResult<T> = { ok: true; data: T } | { ok: false; error: UiError }

const offline = (message: string): UiResult<never> => ({ ok: false, error: { code: 'OFFLINE', message } })

export async function callApi<C extends Channel>(
  channel: C,
  input: ChannelInput<C>
): Promise<UiResult<ChannelOutput<C>>> {
  // The api promises never to throw, but a dead main process or preview server rejects anyway.
  const api = typeof window === 'undefined' ? undefined : window.api
  const method = api?.[channel]
  if (!method) return offline(`window.api['${channel}'] is not available`)
  try {
    return await method(input)
  } catch (cause) {
    return offline(cause instanceof Error ? cause.message : String(cause))
  }
}
