import { sql } from 'drizzle-orm'
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { recordColumns } from './columns'

/**
 * The chair-editable lists. Entries are archived, never deleted, so old reports keep their
 * labels. Names are unique per list, ignoring case (NOCASE index).
 */
const listColumns = () => ({
  ...recordColumns(),
  name: text('name').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  archivedAt: text('archived_at')
})

export const locations = sqliteTable('locations', listColumns(), (t) => [
  uniqueIndex('locations_name_unique').on(sql`${t.name} COLLATE NOCASE`)
])

export const categories = sqliteTable('categories', listColumns(), (t) => [
  uniqueIndex('categories_name_unique').on(sql`${t.name} COLLATE NOCASE`)
])

export const conditions = sqliteTable(
  'conditions',
  {
    ...listColumns(),
    /** Fishbone branch key (FISHBONE_BRANCHES in src/shared). */
    branch: text('branch').notNull()
  },
  (t) => [uniqueIndex('conditions_name_unique').on(sql`${t.name} COLLATE NOCASE`)]
)

export const members = sqliteTable(
  'members',
  {
    ...listColumns(),
    /** Committee role, e.g. "Custodian", "School nurse". */
    role: text('role')
  },
  (t) => [uniqueIndex('members_name_unique').on(sql`${t.name} COLLATE NOCASE`)]
)

/** Key/value settings; values are JSON so new settings need no migration. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull()
})
