import type { ErrorCode, FieldIssue } from '../../shared/ipc/result'

/**
 * A rule said no. Services throw it; the IPC dispatcher turns it into `{ ok: false, error }`
 * with the same code, so the renderer can show the right plain-language message.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError'
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[]
  ) {
    super(message)
  }
}

export const notFound = (what: string): ServiceError => new ServiceError('NOT_FOUND', `${what} was not found`)
