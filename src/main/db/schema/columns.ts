import { integer, text } from 'drizzle-orm/sqlite-core'

/**
 * Columns every exportable record shares. `uid` is stable across machines (exports, backups, a
 * later district roll-up) so re-importing never duplicates; `id` stays the fast local key.
 * Timestamps are ISO-8601 UTC text: readable in any SQLite tool and sortable as text.
 */
export const recordColumns = () => ({
  id: integer('id').primaryKey({ autoIncrement: true }),
  uid: text('uid').notNull().unique(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull()
})
