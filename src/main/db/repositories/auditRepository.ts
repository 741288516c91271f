import { createHash } from 'node:crypto'
import { and, asc, count, desc, eq } from 'drizzle-orm'
import type { AppDatabase } from '../openDatabase'
import { auditLog } from '../schema'

export interface AuditEntry {
  at: string
  action: string
  entity: string
  entityId?: number | null
  entityUid?: string | null
  detail: unknown
}

export interface AuditRow {
  id: number
  at: string
  action: string
  entity: string
  entityId: number | null
  entityUid: string | null
  detail: string
  prevHash: string
  hash: string
}

/** The hash that starts the chain. */
export const GENESIS_HASH = '0'.repeat(64)

export function hashAuditRow(prevHash: string, row: Omit<AuditRow, 'id' | 'hash' | 'prevHash'>): string {
  return createHash('sha256')
    .update(
      JSON.stringify([prevHash, row.at, row.action, row.entity, row.entityId, row.entityUid, row.detail])
    )
    .digest('hex')
}

export function auditRepository(db: AppDatabase) {
  return {
    /** Appends one row chained to the previous one. Call inside the change's transaction. */
    append(entry: AuditEntry): void {
      const last = db.orm.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get()
      const row = {
        at: entry.at,
        action: entry.action,
        entity: entry.entity,
        entityId: entry.entityId ?? null,
        entityUid: entry.entityUid ?? null,
        detail: JSON.stringify(entry.detail ?? {})
      }
      const prevHash = last?.hash ?? GENESIS_HASH
      db.orm.insert(auditLog).values({ ...row, prevHash, hash: hashAuditRow(prevHash, row) }).run()
    },

    forEntity(entity: string, entityId: number): AuditRow[] {
      return db.orm
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
        .orderBy(asc(auditLog.id))
        .all()
    },

    /** Walks the whole chain; returns the id of the first row that does not fit, or null. */
    verifyChain(): number | null {
      let prev = GENESIS_HASH
      for (const row of db.orm.select().from(auditLog).orderBy(asc(auditLog.id)).all()) {
        if (row.prevHash !== prev || hashAuditRow(prev, row) !== row.hash) return row.id
        prev = row.hash
      }
      return null
    },

    count(): number {
      return db.orm.select({ n: count() }).from(auditLog).get()?.n ?? 0
    }
  }
}

export type AuditRepository = ReturnType<typeof auditRepository>
