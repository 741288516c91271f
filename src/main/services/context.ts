import { randomUUID } from 'node:crypto'
import type { AppDatabase } from '../db/openDatabase'
import { actionRepository } from '../db/repositories/actionRepository'
import { auditRepository, type AuditEntry } from '../db/repositories/auditRepository'
import { meetingRepository } from '../db/repositories/meetingRepository'
import { referenceListRepository } from '../db/repositories/referenceListRepository'
import { reportRepository } from '../db/repositories/reportRepository'
import { reviewRepository } from '../db/repositories/reviewRepository'
import { settingsRepository } from '../db/repositories/settingsRepository'
import { worksheetRepository } from '../db/repositories/worksheetRepository'

/**
 * What every service needs: the database, its repositories, a clock and an id source. Tests
 * pass a fixed clock and counter ids so results are deterministic.
 */
export interface ServiceContext {
  db: AppDatabase
  repos: ReturnType<typeof createRepositories>
  now: () => Date
  newUid: () => string
}

export function createRepositories(db: AppDatabase) {
  return {
    audit: auditRepository(db),
    settings: settingsRepository(db),
    lists: referenceListRepository(db),
    reports: reportRepository(db),
    worksheets: worksheetRepository(db),
    actions: actionRepository(db),
    meetings: meetingRepository(db),
    review: reviewRepository(db)
  }
}

export function createServiceContext(
  db: AppDatabase,
  options: { now?: () => Date; newUid?: () => string } = {}
): ServiceContext {
  return {
    db,
    repos: createRepositories(db),
    now: options.now ?? (() => new Date()),
    newUid: options.newUid ?? randomUUID
  }
}

/**
 * Runs a change and its audit row in one transaction: either both are saved or neither is.
 * `change` returns the result and what to record.
 */
export function changeWithAudit<T>(
  ctx: ServiceContext,
  change: (at: string) => { result: T; audit: Omit<AuditEntry, 'at'> }
): T {
  return ctx.db.transaction(() => {
    const at = ctx.now().toISOString()
    const { result, audit } = change(at)
    ctx.repos.audit.append({ ...audit, at })
    return result
  })
}
