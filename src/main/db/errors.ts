/** Why a database could not be opened; main/app turns each into a plain-language dialog. */
export type DatabaseOpenFailure = 'too-new' | 'corrupt' | 'locked' | 'io'

export class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError'
  constructor(
    readonly reason: DatabaseOpenFailure,
    readonly file: string,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

/** Map a SQLite error code to the reason a person can act on. */
export function openFailureFromSqliteCode(code: unknown): DatabaseOpenFailure {
  switch (code) {
    case 'SQLITE_NOTADB':
    case 'SQLITE_CORRUPT':
      return 'corrupt'
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'locked'
    default:
      return 'io'
  }
}
