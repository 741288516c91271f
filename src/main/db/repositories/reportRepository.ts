import { and, asc, desc, eq, gte, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm'
import type { AppDatabase } from '../openDatabase'
import { categories, locations, reportConditions, reports } from '../schema'
import { toFtsQuery } from './ftsQuery'

export type ReportRow = typeof reports.$inferSelect
export type NewReportRow = typeof reports.$inferInsert

export interface ReportFilter {
  statuses?: string[]
  riskLevels?: string[]
  from?: string
  to?: string
  locationId?: number
  categoryId?: number
  conditionId?: number
  text?: string
  sort: 'occurredOn' | 'createdAt' | 'refCode' | 'riskLevel' | 'status' | 'location'
  direction: 'asc' | 'desc'
  offset: number
  limit: number
}

const summaryColumns = {
  id: reports.id,
  refCode: reports.refCode,
  occurredOn: reports.occurredOn,
  occurredTime: reports.occurredTime,
  timeSlot: reports.timeSlot,
  locationId: reports.locationId,
  locationName: locations.name,
  categoryId: reports.categoryId,
  categoryName: categories.name,
  whatHappened: reports.whatHappened,
  riskLevel: reports.riskLevel,
  status: reports.status,
  triageDecision: reports.triageDecision,
  sameEventAsId: reports.sameEventAsId,
  createdAt: reports.createdAt
}

export interface ReportSummaryRow {
  id: number
  refCode: string
  occurredOn: string
  occurredTime: string | null
  timeSlot: string | null
  locationId: number
  locationName: string
  categoryId: number | null
  categoryName: string | null
  whatHappened: string
  riskLevel: string | null
  status: string
  triageDecision: string | null
  sameEventAsId: number | null
  createdAt: string
}

const riskRank = sql`CASE ${reports.riskLevel} WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END`
const statusRank = sql`CASE ${reports.status} WHEN 'new' THEN 0 WHEN 'triaged' THEN 1 WHEN 'investigating' THEN 2 WHEN 'actionPlanned' THEN 3 ELSE 4 END`

function whereFor(filter: Omit<ReportFilter, 'sort' | 'direction' | 'offset' | 'limit'>): SQL | undefined {
  const parts: Array<SQL | undefined> = []
  if (filter.statuses?.length) parts.push(inArray(reports.status, filter.statuses))
  if (filter.riskLevels?.length) {
    const levels = filter.riskLevels.filter((l) => l !== 'untriaged')
    const untriaged = filter.riskLevels.includes('untriaged')
    parts.push(or(levels.length ? inArray(reports.riskLevel, levels) : undefined, untriaged ? isNull(reports.riskLevel) : undefined))
  }
  if (filter.from) parts.push(gte(reports.occurredOn, filter.from))
  if (filter.to) parts.push(lte(reports.occurredOn, filter.to))
  if (filter.locationId) parts.push(eq(reports.locationId, filter.locationId))
  if (filter.categoryId) parts.push(eq(reports.categoryId, filter.categoryId))
  if (filter.conditionId) {
    parts.push(
      sql`EXISTS (SELECT 1 FROM ${reportConditions} WHERE report_conditions.report_id = "reports"."id" AND report_conditions.condition_id = ${filter.conditionId})`
    )
  }
  const fts = filter.text ? toFtsQuery(filter.text) : null
  if (fts) parts.push(sql`${reports.id} IN (SELECT rowid FROM reports_fts WHERE reports_fts MATCH ${fts})`)
  return and(...parts)
}

export function reportRepository(db: AppDatabase) {
  const summaries = () =>
    db.orm
      .select(summaryColumns)
      .from(reports)
      .innerJoin(locations, eq(locations.id, reports.locationId))
      .leftJoin(categories, eq(categories.id, reports.categoryId))

  return {
    insert(row: NewReportRow): ReportRow {
      return db.orm.insert(reports).values(row).returning().get()
    },

    /** Point every report linked to `from` at `to` instead (events stay stars, never chains). */
    relinkSameEvent(from: number, to: number | null): void {
      db.orm.update(reports).set({ sameEventAsId: to }).where(eq(reports.sameEventAsId, from)).run()
    },

    update(id: number, changes: Partial<NewReportRow>): ReportRow | undefined {
      return db.orm.update(reports).set(changes).where(eq(reports.id, id)).returning().get()
    },

    get(id: number): ReportRow | undefined {
      return db.orm.select().from(reports).where(eq(reports.id, id)).get()
    },

    summary(id: number): ReportSummaryRow | undefined {
      return summaries().where(eq(reports.id, id)).get()
    },

    /** Highest sequence number used for a receipt-code prefix such as `NM-2026-`. */
    maxRefSequence(prefix: string): number {
      // A range on the unique ref_code index (LIKE could not use it): only this year's codes are read.
      const value = db.sqlite
        .prepare('SELECT max(CAST(substr(ref_code, ?) AS INTEGER)) FROM reports WHERE ref_code >= ? AND ref_code < ?')
        .pluck()
        .get(prefix.length + 1, prefix, `${prefix.slice(0, -1)}.`) as number | null
      return value ?? 0
    },

    conditionIds(reportId: number): number[] {
      return db.orm
        .select({ id: reportConditions.conditionId })
        .from(reportConditions)
        .where(eq(reportConditions.reportId, reportId))
        .all()
        .map((r) => r.id)
    },

    setConditions(reportId: number, conditionIds: readonly number[]): void {
      db.orm.delete(reportConditions).where(eq(reportConditions.reportId, reportId)).run()
      const unique = [...new Set(conditionIds)]
      if (unique.length) {
        db.orm.insert(reportConditions).values(unique.map((conditionId) => ({ reportId, conditionId }))).run()
      }
    },

    list(filter: ReportFilter): { rows: ReportSummaryRow[]; total: number } {
      const where = whereFor(filter)
      const direction = filter.direction === 'asc' ? asc : desc
      const order = {
        occurredOn: [direction(reports.occurredOn), direction(reports.occurredTime), direction(reports.id)],
        createdAt: [direction(reports.id)],
        refCode: [direction(reports.refCode)],
        riskLevel: [direction(riskRank), direction(reports.occurredOn), direction(reports.id)],
        status: [direction(statusRank), desc(reports.occurredOn), desc(reports.id)],
        location: [direction(sql`${locations.name} COLLATE NOCASE`), desc(reports.occurredOn), desc(reports.id)]
      }[filter.sort]
      // Page over reports alone, then join the names for that page: with the joins in the paging
      // query SQLite starts from the small lists and must sort every report; alone, it walks
      // the sort's index and stops at the page.
      const pageIds =
        filter.sort === 'location'
          ? summaries().where(where).orderBy(...order).limit(filter.limit).offset(filter.offset).all().map((r) => r.id)
          : db.orm.select({ id: reports.id }).from(reports).where(where).orderBy(...order).limit(filter.limit).offset(filter.offset).all().map((r) => r.id)
      const byId = new Map(pageIds.length ? summaries().where(inArray(reports.id, pageIds)).all().map((r) => [r.id, r]) : [])
      const rows = pageIds.map((id) => byId.get(id)).filter((r): r is ReportSummaryRow => r !== undefined)
      const total = db.orm.select({ n: sql<number>`count(*)` }).from(reports).where(where).get()?.n ?? 0
      return { rows, total }
    },

    /** Reports in a date window, for the similar-reports panel; the service scores them. */
    candidatesNear(reportId: number, from: string, to: string, locationId: number, categoryId: number | null): ReportSummaryRow[] {
      return summaries()
        .where(
          and(
            sql`${reports.id} <> ${reportId}`,
            gte(reports.occurredOn, from),
            lte(reports.occurredOn, to),
            or(eq(reports.locationId, locationId), categoryId ? eq(reports.categoryId, categoryId) : undefined)
          )
        )
        .orderBy(desc(reports.occurredOn))
        .limit(200)
        .all()
    },

    /** Best text matches by FTS rank (bm25), excluding the report itself. */
    textMatches(reportId: number, ftsQuery: string, limit: number): ReportSummaryRow[] {
      const ids = db.sqlite
        .prepare('SELECT rowid FROM reports_fts WHERE reports_fts MATCH ? AND rowid <> ? ORDER BY rank LIMIT ?')
        .pluck()
        .all(ftsQuery, reportId, limit) as number[]
      if (ids.length === 0) return []
      const rows = summaries().where(inArray(reports.id, ids)).all()
      return ids.map((id) => rows.find((r) => r.id === id)).filter((r): r is ReportSummaryRow => r !== undefined)
    },

    conditionsOf(reportIds: readonly number[]): Map<number, number[]> {
      const map = new Map<number, number[]>()
      if (reportIds.length === 0) return map
      const rows = db.orm.select().from(reportConditions).where(inArray(reportConditions.reportId, [...reportIds])).all()
      for (const row of rows) map.set(row.reportId, [...(map.get(row.reportId) ?? []), row.conditionId])
      return map
    },

    /** Reports linked as the same event, in either direction (two indexed lookups, not an OR scan). */
    sameEventLinks(id: number): Array<{ id: number; refCode: string }> {
      const columns = { id: reports.id, refCode: reports.refCode }
      const followers = db.orm.select(columns).from(reports).where(eq(reports.sameEventAsId, id)).all()
      const leaderId = db.orm.select({ id: reports.sameEventAsId }).from(reports).where(eq(reports.id, id)).get()?.id
      const leader = leaderId ? db.orm.select(columns).from(reports).where(eq(reports.id, leaderId)).all() : []
      return [...leader, ...followers]
    }
  }
}

export type ReportRepository = ReturnType<typeof reportRepository>
