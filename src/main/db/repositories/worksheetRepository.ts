import { asc, desc, eq, inArray, sql } from 'drizzle-orm'
import type { AppDatabase } from '../openDatabase'
import { actions, reports, worksheetCauses, worksheetReports, worksheets, worksheetWhys } from '../schema'

export type WorksheetRow = typeof worksheets.$inferSelect
export type CauseRow = typeof worksheetCauses.$inferSelect
export type NewCauseRow = typeof worksheetCauses.$inferInsert

export interface WorksheetListRow {
  id: number
  title: string
  status: string
  updatedAt: string
  reportCodes: string
  rootCauseCount: number
  openActionCount: number
}

export function worksheetRepository(db: AppDatabase) {
  return {
    insert(row: typeof worksheets.$inferInsert): WorksheetRow {
      return db.orm.insert(worksheets).values(row).returning().get()
    },

    update(id: number, changes: Partial<typeof worksheets.$inferInsert>): WorksheetRow | undefined {
      return db.orm.update(worksheets).set(changes).where(eq(worksheets.id, id)).returning().get()
    },

    get(id: number): WorksheetRow | undefined {
      return db.orm.select().from(worksheets).where(eq(worksheets.id, id)).get()
    },

    list(): WorksheetListRow[] {
      // Spelled out as "worksheets"."id": drizzle writes a bare "id" here, which inside each
      // subquery would mean the subquery's own table.
      const sheetId = sql.raw('"worksheets"."id"')
      return db.orm
        .select({
          id: worksheets.id,
          title: worksheets.title,
          status: worksheets.status,
          updatedAt: worksheets.updatedAt,
          reportCodes: sql<string>`coalesce((SELECT group_concat(r.ref_code, ', ') FROM ${worksheetReports} wr JOIN ${reports} r ON r.id = wr.report_id WHERE wr.worksheet_id = ${sheetId}), '')`,
          rootCauseCount: sql<number>`(SELECT count(*) FROM ${worksheetCauses} c WHERE c.worksheet_id = ${sheetId} AND c.is_root_cause = 1)`,
          openActionCount: sql<number>`(SELECT count(*) FROM ${actions} a WHERE a.worksheet_id = ${sheetId} AND a.status NOT IN ('verified', 'dropped'))`
        })
        .from(worksheets)
        .orderBy(desc(worksheets.updatedAt), desc(worksheets.id))
        .all()
    },

    reportIds(worksheetId: number): number[] {
      return db.orm
        .select({ id: worksheetReports.reportId })
        .from(worksheetReports)
        .where(eq(worksheetReports.worksheetId, worksheetId))
        .orderBy(asc(worksheetReports.reportId))
        .all()
        .map((r) => r.id)
    },

    setReports(worksheetId: number, reportIds: readonly number[]): void {
      db.orm.delete(worksheetReports).where(eq(worksheetReports.worksheetId, worksheetId)).run()
      const unique = [...new Set(reportIds)]
      if (unique.length) db.orm.insert(worksheetReports).values(unique.map((reportId) => ({ worksheetId, reportId }))).run()
    },

    worksheetIdsForReport(reportId: number): number[] {
      return db.orm
        .select({ id: worksheetReports.worksheetId })
        .from(worksheetReports)
        .where(eq(worksheetReports.reportId, reportId))
        .all()
        .map((r) => r.id)
    },

    whys(worksheetId: number): Array<{ question: string | null; answer: string }> {
      return db.orm
        .select({ question: worksheetWhys.question, answer: worksheetWhys.answer })
        .from(worksheetWhys)
        .where(eq(worksheetWhys.worksheetId, worksheetId))
        .orderBy(asc(worksheetWhys.position))
        .all()
    },

    replaceWhys(worksheetId: number, whys: ReadonlyArray<{ question?: string | null; answer: string }>): void {
      db.orm.delete(worksheetWhys).where(eq(worksheetWhys.worksheetId, worksheetId)).run()
      if (whys.length) {
        db.orm
          .insert(worksheetWhys)
          .values(whys.map((w, position) => ({ worksheetId, position, question: w.question ?? null, answer: w.answer })))
          .run()
      }
    },

    causes(worksheetId: number): CauseRow[] {
      return db.orm
        .select()
        .from(worksheetCauses)
        .where(eq(worksheetCauses.worksheetId, worksheetId))
        .orderBy(asc(worksheetCauses.position), asc(worksheetCauses.id))
        .all()
    },

    getCause(id: number): CauseRow | undefined {
      return db.orm.select().from(worksheetCauses).where(eq(worksheetCauses.id, id)).get()
    },

    insertCause(row: NewCauseRow): CauseRow {
      return db.orm.insert(worksheetCauses).values(row).returning().get()
    },

    updateCause(id: number, changes: Partial<NewCauseRow>): CauseRow | undefined {
      return db.orm.update(worksheetCauses).set(changes).where(eq(worksheetCauses.id, id)).returning().get()
    },

    deleteCause(id: number): void {
      db.orm.delete(worksheetCauses).where(eq(worksheetCauses.id, id)).run()
    },

    nextCausePosition(worksheetId: number): number {
      const max = db.orm.select({ n: sql<number | null>`max(${worksheetCauses.position})` }).from(worksheetCauses).where(eq(worksheetCauses.worksheetId, worksheetId)).get()
      return (max?.n ?? 0) + 1
    },

    /** Conditions ticked on the worksheet's reports, for suggested causes. */
    reportConditionIds(reportIds: readonly number[]): number[] {
      if (reportIds.length === 0) return []
      const rows = db.sqlite
        .prepare(`SELECT DISTINCT condition_id FROM report_conditions WHERE report_id IN (${reportIds.map(() => '?').join(',')}) ORDER BY condition_id`)
        .pluck()
        .all(...reportIds) as number[]
      return rows
    },

    reportRefs(reportIds: readonly number[]): Array<{ id: number; refCode: string; occurredOn: string; whatHappened: string; status: string; riskLevel: string | null }> {
      if (reportIds.length === 0) return []
      return db.orm
        .select({ id: reports.id, refCode: reports.refCode, occurredOn: reports.occurredOn, whatHappened: reports.whatHappened, status: reports.status, riskLevel: reports.riskLevel })
        .from(reports)
        .where(inArray(reports.id, [...reportIds]))
        .orderBy(asc(reports.occurredOn))
        .all()
    }
  }
}

export type WorksheetRepository = ReturnType<typeof worksheetRepository>
