/**
 * What every IPC call returns. Handlers never throw across the boundary: failures travel as
 * data with a stable code the renderer maps to a plain-language message.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'IO_ERROR',
  'FORBIDDEN',
  'UNKNOWN_CHANNEL',
  'INTERNAL'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** One problem with one field, so forms can show the message next to the right input. */
export interface FieldIssue {
  /** Dotted path of the field, e.g. `name` or `conditions.0`. Empty for the whole input. */
  path: string
  /** A message key from the catalog (see src/shared/i18n), never English text. */
  messageKey: string
}

export interface IpcError {
  code: ErrorCode
  /** English fallback for logs; the UI shows the catalog text for `code` / `details`. */
  message: string
  details?: FieldIssue[]
}

export type IpcResult<T> = { ok: true; data: T } | { ok: false; error: IpcError }

export const ok = <T>(data: T): IpcResult<T> => ({ ok: true, data })

export const fail = (code: ErrorCode, message: string, details?: FieldIssue[]): IpcResult<never> =>
  details ? { ok: false, error: { code, message, details } } : { ok: false, error: { code, message } }
