import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'

/**
 * Append-only change history. Each row carries the hash of the previous row, so a gap or an
 * edit made outside the app is detectable; triggers (custom migration) refuse UPDATE/DELETE.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    /** What changed: e.g. `lists.add`, `settings.update`. */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    entityUid: text('entity_uid'),
    /** JSON: the changed fields (before/after) — never more than the record holds. */
    detail: text('detail').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull()
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId)]
)
