import type { z } from 'zod'
import { isChannel } from '../../shared/ipc/channels'
import { contract } from '../../shared/ipc/contract'
import { fail, ok, type FieldIssue, type IpcResult } from '../../shared/ipc/result'
import { ServiceError } from '../services/serviceError'
import type { HandlerMap } from './handlers'

/**
 * The transport-free half of IPC: channel check, zod parse, handler, result. Electron's
 * register() adds the sender check in front of it; the browser preview adds its token check.
 * It never throws: every failure becomes `{ ok: false, error }` with a stable code.
 */
export async function dispatch(
  handlers: HandlerMap,
  channel: unknown,
  input: unknown,
  log: (message: string, error: unknown) => void = console.error
): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return fail('UNKNOWN_CHANNEL', `Unknown channel: ${String(channel).slice(0, 80)}`)
  const parsed = contract[channel].input.safeParse(input)
  if (!parsed.success) {
    return fail('INVALID_INPUT', 'The input was not valid', toFieldIssues(parsed.error))
  }
  try {
    const handler = handlers[channel] as (input: unknown) => unknown
    return ok(await handler(parsed.data))
  } catch (error) {
    if (error instanceof ServiceError) return fail(error.code, error.message, error.details)
    // Unexpected: log the detail for the developer, give the renderer only a stable code.
    log(`IPC handler for ${channel} failed`, error)
    return fail('INTERNAL', 'Unexpected error')
  }
}

function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    // Our schemas give catalog keys; zod's own English messages become the generic key.
    messageKey: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid'
  }))
}
