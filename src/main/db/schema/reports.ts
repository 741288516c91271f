import { sql } from 'drizzle-orm'
import { type AnySQLiteColumn, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { recordColumns } from './columns'
import { categories, conditions, locations } from './referenceLists'

/**
 * A near miss. People appear only as roles and counts, never names (DOMAIN.md "Privacy");
 * the reporter's own name is optional and can be withheld.
 */
export const reports = sqliteTable(
  'reports',
  {
    ...recordColumns(),
    /** Receipt code staff keep, e.g. NM-2026-0042. */
    refCode: text('ref_code').notNull().unique(),
    /** Local calendar date YYYY-MM-DD (not a timestamp: "the 3rd" must stay the 3rd). */
    occurredOn: text('occurred_on').notNull(),
    /** Local time HH:MM, optional. */
    occurredTime: text('occurred_time'),
    timeSlot: text('time_slot'),
    locationId: integer('location_id').notNull().references(() => locations.id),
    locationDetails: text('location_details'),
    categoryId: integer('category_id').references(() => categories.id),
    whatHappened: text('what_happened').notNull(),
    whatCouldHaveHappened: text('what_could_have_happened'),
    whatStoppedIt: text('what_stopped_it'),
    involvedStudents: integer('involved_students').notNull().default(0),
    involvedStaff: integer('involved_staff').notNull().default(0),
    involvedVisitors: integer('involved_visitors').notNull().default(0),
    /** Roles only, e.g. "two 7th-grade students, a substitute teacher". */
    involvedRoles: text('involved_roles'),
    immediateAction: text('immediate_action'),
    reporterName: text('reporter_name'),
    reporterAnonymous: integer('reporter_anonymous', { mode: 'boolean' }).notNull().default(false),
    reporterRole: text('reporter_role'),
    /** 1-5 worst credible outcome. */
    severity: integer('severity'),
    /** 1-5 likelihood of recurrence. */
    likelihood: integer('likelihood'),
    riskLevel: text('risk_level'),
    triageDecision: text('triage_decision'),
    status: text('status').notNull().default('new'),
    closureNote: text('closure_note'),
    feedbackToStaff: text('feedback_to_staff'),
    closedAt: text('closed_at'),
    /** Same event reported twice: counted once in trends. */
    sameEventAsId: integer('same_event_as_id').references((): AnySQLiteColumn => reports.id)
  },
  (t) => [
    index('reports_occurred_on_idx').on(t.occurredOn),
    index('reports_status_idx').on(t.status),
    index('reports_location_idx').on(t.locationId),
    index('reports_category_idx').on(t.categoryId),
    index('reports_risk_idx').on(t.riskLevel),
    // The register's "sort by risk" order, as an expression index so 100,000 rows need no sort.
    index('reports_risk_rank_idx').on(sql`(CASE ${t.riskLevel} WHEN 'critical' THEN 4 WHEN 'high' THEN 3 WHEN 'medium' THEN 2 WHEN 'low' THEN 1 ELSE 0 END)`, t.occurredOn, t.id),
    index('reports_same_event_idx').on(t.sameEventAsId),
    index('reports_created_idx').on(t.createdAt)
  ]
)

export const reportConditions = sqliteTable(
  'report_conditions',
  {
    reportId: integer('report_id').notNull().references(() => reports.id, { onDelete: 'cascade' }),
    conditionId: integer('condition_id').notNull().references(() => conditions.id)
  },
  (t) => [primaryKey({ columns: [t.reportId, t.conditionId] }), index('report_conditions_condition_idx').on(t.conditionId)]
)

/** Photos kept in the data folder; the row records where and a checksum. */
export const attachments = sqliteTable('attachments', {
  ...recordColumns(),
  reportId: integer('report_id').notNull().references(() => reports.id, { onDelete: 'cascade' }),
  fileName: text('file_name').notNull(),
  mimeType: text('mime_type').notNull(),
  byteSize: integer('byte_size').notNull(),
  sha256: text('sha256').notNull(),
  /** Path relative to the data folder, so moving the folder keeps attachments. */
  storedPath: text('stored_path').notNull(),
  caption: text('caption')
})
