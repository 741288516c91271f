import { asc, count, eq, isNull, max, sql } from 'drizzle-orm'
import type { FishboneBranch, ReferenceItem, ReferenceListKind } from '../../../shared/domain/referenceLists'
import type { AppDatabase } from '../openDatabase'
import { categories, conditions, locations, members } from '../schema'

/** One table per list; conditions add a branch and members a role, mapped to `branch`/`detail`. */
const tables = { locations, categories, conditions, members } as const

type AnyListTable = (typeof tables)[ReferenceListKind]

export interface NewReferenceItem {
  uid: string
  name: string
  branch?: FishboneBranch | null
  detail?: string | null
  at: string
}

export interface ReferenceItemChanges {
  name?: string
  branch?: FishboneBranch
  detail?: string | null
}

function toItem(kind: ReferenceListKind, row: Record<string, unknown>): ReferenceItem {
  return {
    id: row.id as number,
    uid: row.uid as string,
    name: row.name as string,
    branch: kind === 'conditions' ? (row.branch as FishboneBranch) : null,
    detail: kind === 'members' ? ((row.role as string | null) ?? null) : null,
    archived: row.archivedAt != null,
    sortOrder: row.sortOrder as number
  }
}

/** Kind-specific columns, so callers deal in `branch`/`detail` only. */
function extraColumns(kind: ReferenceListKind, changes: { branch?: FishboneBranch | null; detail?: string | null }) {
  if (kind === 'conditions' && changes.branch !== undefined) return { branch: changes.branch }
  if (kind === 'members' && changes.detail !== undefined) return { role: changes.detail || null }
  return {}
}

export function referenceListRepository(db: AppDatabase) {
  const table = (kind: ReferenceListKind): AnyListTable => tables[kind]

  return {
    list(kind: ReferenceListKind, includeArchived: boolean): ReferenceItem[] {
      const t = table(kind)
      const rows = db.orm
        .select()
        .from(t)
        .where(includeArchived ? undefined : isNull(t.archivedAt))
        .orderBy(asc(t.sortOrder), asc(sql`${t.name} COLLATE NOCASE`))
        .all()
      return rows.map((row) => toItem(kind, row))
    },

    get(kind: ReferenceListKind, id: number): ReferenceItem | undefined {
      const t = table(kind)
      const row = db.orm.select().from(t).where(eq(t.id, id)).get()
      return row ? toItem(kind, row) : undefined
    },

    /** Case-insensitive, like the unique index. */
    findByName(kind: ReferenceListKind, name: string): ReferenceItem | undefined {
      const t = table(kind)
      const row = db.orm.select().from(t).where(sql`${t.name} = ${name} COLLATE NOCASE`).get()
      return row ? toItem(kind, row) : undefined
    },

    insert(kind: ReferenceListKind, item: NewReferenceItem): ReferenceItem {
      const t = table(kind)
      const next = (db.orm.select({ value: max(t.sortOrder) }).from(t).get()?.value ?? 0) + 1
      const values = {
        uid: item.uid,
        name: item.name,
        sortOrder: next,
        createdAt: item.at,
        updatedAt: item.at,
        ...extraColumns(kind, item)
      }
      // drizzle cannot narrow the union of four tables; the values fit each of them.
      const row = db.orm.insert(t).values(values as typeof locations.$inferInsert & { branch: string }).returning().get()
      return toItem(kind, row)
    },

    update(kind: ReferenceListKind, id: number, changes: ReferenceItemChanges, at: string): ReferenceItem | undefined {
      const t = table(kind)
      const set = {
        updatedAt: at,
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...extraColumns(kind, changes)
      }
      const row = db.orm.update(t).set(set).where(eq(t.id, id)).returning().get()
      return row ? toItem(kind, row) : undefined
    },

    setArchived(kind: ReferenceListKind, id: number, archived: boolean, at: string): ReferenceItem | undefined {
      const t = table(kind)
      const row = db.orm
        .update(t)
        .set({ archivedAt: archived ? at : null, updatedAt: at })
        .where(eq(t.id, id))
        .returning()
        .get()
      return row ? toItem(kind, row) : undefined
    },

    count(kind: ReferenceListKind): number {
      return db.orm.select({ n: count() }).from(table(kind)).get()?.n ?? 0
    }
  }
}

export type ReferenceListRepository = ReturnType<typeof referenceListRepository>
