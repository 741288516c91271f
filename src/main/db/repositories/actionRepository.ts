import { and, asc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm'
import type { AppDatabase } from '../openDatabase'
import { actions, members, reports, worksheetCauses, worksheets } from '../schema'

export type ActionRow = typeof actions.$inferSelect
export type NewActionRow = typeof actions.$inferInsert

export interface ActionFilter {
  statuses?: string[]
  strengths?: string[]
  ownerMemberId?: number
  ownerName?: string
  worksheetId?: number
  reportId?: number
  causeIds?: number[]
  agendaItemIds?: number[]
}

/** An action with the names around it, for lists and documents. */
export interface ActionListRow extends ActionRow {
  ownerLabel: string | null
  worksheetTitle: string | null
  reportRefCode: string | null
  causeText: string | null
}

export function actionRepository(db: AppDatabase) {
  const withNames = () =>
    db.orm
      .select({
        action: actions,
        ownerLabel: sql<string | null>`coalesce(${members.name}, ${actions.ownerName})`,
        worksheetTitle: worksheets.title,
        reportRefCode: reports.refCode,
        causeText: worksheetCauses.text
      })
      .from(actions)
      .leftJoin(members, eq(members.id, actions.ownerMemberId))
      .leftJoin(worksheets, eq(worksheets.id, actions.worksheetId))
      .leftJoin(reports, eq(reports.id, actions.reportId))
      .leftJoin(worksheetCauses, eq(worksheetCauses.id, actions.causeId))

  const flatten = (r: { action: ActionRow; ownerLabel: string | null; worksheetTitle: string | null; reportRefCode: string | null; causeText: string | null }): ActionListRow => ({
    ...r.action,
    ownerLabel: r.ownerLabel,
    worksheetTitle: r.worksheetTitle,
    reportRefCode: r.reportRefCode,
    causeText: r.causeText
  })

  return {
    insert(row: NewActionRow): ActionRow {
      return db.orm.insert(actions).values(row).returning().get()
    },

    update(id: number, changes: Partial<NewActionRow>): ActionRow | undefined {
      return db.orm.update(actions).set(changes).where(eq(actions.id, id)).returning().get()
    },

    get(id: number): ActionListRow | undefined {
      const row = withNames().where(eq(actions.id, id)).get()
      return row ? flatten(row) : undefined
    },

    list(filter: ActionFilter = {}): ActionListRow[] {
      const parts: Array<SQL | undefined> = []
      if (filter.statuses?.length) parts.push(inArray(actions.status, filter.statuses))
      if (filter.strengths?.length) parts.push(inArray(actions.strength, filter.strengths))
      if (filter.ownerMemberId) parts.push(eq(actions.ownerMemberId, filter.ownerMemberId))
      if (filter.ownerName) parts.push(and(isNull(actions.ownerMemberId), sql`${actions.ownerName} = ${filter.ownerName} COLLATE NOCASE`))
      if (filter.worksheetId) parts.push(eq(actions.worksheetId, filter.worksheetId))
      if (filter.reportId) {
        parts.push(
          or(
            eq(actions.reportId, filter.reportId),
            sql`${actions.worksheetId} IN (SELECT worksheet_id FROM worksheet_reports WHERE report_id = ${filter.reportId})`
          )
        )
      }
      if (filter.causeIds) parts.push(filter.causeIds.length ? inArray(actions.causeId, filter.causeIds) : sql`0`)
      if (filter.agendaItemIds) parts.push(filter.agendaItemIds.length ? inArray(actions.agendaItemId, filter.agendaItemIds) : sql`0`)
      return withNames()
        .where(and(...parts))
        .orderBy(sql`${actions.dueOn} IS NULL`, asc(actions.dueOn), asc(actions.id))
        .all()
        .map(flatten)
    },

    countForCause(causeId: number): number {
      return db.orm.select({ n: sql<number>`count(*)` }).from(actions).where(eq(actions.causeId, causeId)).get()?.n ?? 0
    }
  }
}

export type ActionRepository = ReturnType<typeof actionRepository>
