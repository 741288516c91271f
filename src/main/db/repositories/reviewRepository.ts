import type { AppDatabase } from '../openDatabase'

/**
 * Read-only queries for the monthly review: what happened in a period, for the agenda, the
 * minutes, the staff bulletin and trends. Dates are local YYYY-MM-DD; a report counts in the
 * period it was *reported* (created), which is what "since the last meeting" means to a committee.
 */
export interface PeriodReportRow {
  id: number
  refCode: string
  occurredOn: string
  createdOn: string
  locationName: string
  categoryName: string | null
  whatHappened: string
  riskLevel: string | null
  status: string
  triageDecision: string | null
  sameEventAsId: number | null
  feedbackToStaff: string | null
  closedOn: string | null
}

const REPORT_COLUMNS = `
  r.id, r.ref_code AS refCode, r.occurred_on AS occurredOn, substr(r.created_at, 1, 10) AS createdOn,
  l.name AS locationName, c.name AS categoryName, r.what_happened AS whatHappened, r.risk_level AS riskLevel,
  r.status, r.triage_decision AS triageDecision, r.same_event_as_id AS sameEventAsId,
  r.feedback_to_staff AS feedbackToStaff, substr(r.closed_at, 1, 10) AS closedOn
  FROM reports r JOIN locations l ON l.id = r.location_id LEFT JOIN categories c ON c.id = r.category_id`

export function reviewRepository(db: AppDatabase) {
  return {
    reportsCreatedBetween(start: string, end: string): PeriodReportRow[] {
      return db.sqlite
        .prepare(`SELECT ${REPORT_COLUMNS} WHERE substr(r.created_at, 1, 10) BETWEEN ? AND ? ORDER BY r.created_at, r.id`)
        .all(start, end) as PeriodReportRow[]
    },

    reportsClosedBetween(start: string, end: string): PeriodReportRow[] {
      return db.sqlite
        .prepare(`SELECT ${REPORT_COLUMNS} WHERE r.status = 'closed' AND substr(r.closed_at, 1, 10) BETWEEN ? AND ? ORDER BY r.closed_at, r.id`)
        .all(start, end) as PeriodReportRow[]
    },

    /** Reports per month (YYYY-MM) by reported date, each event once (same-event links collapsed). */
    monthlyCounts(fromMonth: string, toMonth: string): Array<{ month: string; count: number }> {
      return db.sqlite
        .prepare(
          `SELECT substr(created_at, 1, 7) AS month, count(*) AS count FROM reports
           WHERE same_event_as_id IS NULL AND substr(created_at, 1, 7) BETWEEN ? AND ?
           GROUP BY month ORDER BY month`
        )
        .all(fromMonth, toMonth) as Array<{ month: string; count: number }>
    },

    countsBy(column: 'category' | 'location', start: string, end: string): Array<{ name: string; count: number }> {
      const join = column === 'category' ? 'LEFT JOIN categories x ON x.id = r.category_id' : 'JOIN locations x ON x.id = r.location_id'
      return db.sqlite
        .prepare(
          `SELECT coalesce(x.name, '—') AS name, count(*) AS count FROM reports r ${join}
           WHERE r.same_event_as_id IS NULL AND substr(r.created_at, 1, 10) BETWEEN ? AND ?
           GROUP BY name ORDER BY count DESC, name LIMIT 8`
        )
        .all(start, end) as Array<{ name: string; count: number }>
    },

    /** Worksheets open now or changed in the period, with whether a cause is named and fixed. */
    investigations(start: string, end: string): Array<{ id: number; title: string; status: string; reportCodes: string; rootCauses: number; actions: number; openActions: number; verifiedActions: number }> {
      return db.sqlite
        .prepare(
          `SELECT w.id, w.title, w.status,
             coalesce((SELECT group_concat(r.ref_code, ', ') FROM worksheet_reports wr JOIN reports r ON r.id = wr.report_id WHERE wr.worksheet_id = w.id), '') AS reportCodes,
             (SELECT count(*) FROM worksheet_causes c WHERE c.worksheet_id = w.id AND c.is_root_cause = 1) AS rootCauses,
             (SELECT count(*) FROM actions a WHERE a.worksheet_id = w.id AND a.status <> 'dropped') AS actions,
             (SELECT count(*) FROM actions a WHERE a.worksheet_id = w.id AND a.status NOT IN ('verified', 'dropped')) AS openActions,
             (SELECT count(*) FROM actions a WHERE a.worksheet_id = w.id AND a.status = 'verified') AS verifiedActions
           FROM worksheets w
           WHERE w.status <> 'complete' OR substr(w.updated_at, 1, 10) BETWEEN ? AND ? OR substr(w.completed_at, 1, 10) BETWEEN ? AND ?
           ORDER BY w.created_at, w.id`
        )
        .all(start, end, start, end) as Array<{ id: number; title: string; status: string; reportCodes: string; rootCauses: number; actions: number; openActions: number; verifiedActions: number }>
    },

    /** Actions verified in the period ("we did"), for the bulletin. */
    actionsVerifiedBetween(start: string, end: string): Array<{ id: number; description: string; checkedOn: string; checkResult: string | null; reportCodes: string }> {
      return db.sqlite
        .prepare(
          `SELECT a.id, a.description, a.checked_on AS checkedOn, a.check_result AS checkResult,
             coalesce((SELECT group_concat(DISTINCT r.ref_code) FROM reports r WHERE r.id = a.report_id
               OR r.id IN (SELECT report_id FROM worksheet_reports WHERE worksheet_id = a.worksheet_id)), '') AS reportCodes
           FROM actions a WHERE a.status = 'verified' AND a.checked_on BETWEEN ? AND ? ORDER BY a.checked_on, a.id`
        )
        .all(start, end) as Array<{ id: number; description: string; checkedOn: string; checkResult: string | null; reportCodes: string }>
    }
  }
}

export type ReviewRepository = ReturnType<typeof reviewRepository>
