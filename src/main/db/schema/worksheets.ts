import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { recordColumns } from './columns'
import { conditions, members } from './referenceLists'
import { reports } from './reports'

/** Root-cause analysis over one or more reports (a pattern). */
export const worksheets = sqliteTable('worksheets', {
  ...recordColumns(),
  title: text('title').notNull(),
  problemStatement: text('problem_statement'),
  timeline: text('timeline'),
  /** draft -> inReview -> complete */
  status: text('status').notNull().default('draft'),
  completedAt: text('completed_at')
})

export const worksheetReports = sqliteTable(
  'worksheet_reports',
  {
    worksheetId: integer('worksheet_id').notNull().references(() => worksheets.id, { onDelete: 'cascade' }),
    reportId: integer('report_id').notNull().references(() => reports.id)
  },
  (t) => [primaryKey({ columns: [t.worksheetId, t.reportId] }), index('worksheet_reports_report_idx').on(t.reportId)]
)

/** One level of the 5 Whys, ordered by position. */
export const worksheetWhys = sqliteTable('worksheet_whys', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  worksheetId: integer('worksheet_id').notNull().references(() => worksheets.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  question: text('question'),
  answer: text('answer').notNull()
})

/** A cause on a fishbone branch, marked root cause yes/no. */
export const worksheetCauses = sqliteTable(
  'worksheet_causes',
  {
    ...recordColumns(),
    worksheetId: integer('worksheet_id').notNull().references(() => worksheets.id, { onDelete: 'cascade' }),
    branch: text('branch').notNull(),
    text: text('text').notNull(),
    isRootCause: integer('is_root_cause', { mode: 'boolean' }).notNull().default(false),
    /** Set when the cause came from a condition ticked on a report. */
    conditionId: integer('condition_id').references(() => conditions.id),
    /** The root-cause statement, for root causes. */
    statement: text('statement'),
    /** Why no action is needed, when a root cause deliberately gets none. */
    noActionReason: text('no_action_reason'),
    position: integer('position').notNull().default(0)
  },
  (t) => [index('worksheet_causes_worksheet_idx').on(t.worksheetId)]
)

/** Corrective actions, linked to a worksheet cause, a report and/or a meeting item. */
export const actions = sqliteTable(
  'actions',
  {
    ...recordColumns(),
    worksheetId: integer('worksheet_id').references(() => worksheets.id),
    causeId: integer('cause_id').references(() => worksheetCauses.id),
    reportId: integer('report_id').references(() => reports.id),
    /** Set when created from a meeting agenda item (no FK: agenda items live in meetings.ts). */
    agendaItemId: integer('agenda_item_id'),
    description: text('description').notNull(),
    /** elimination | substitution | engineering | administrative | ppe */
    controlType: text('control_type').notNull(),
    /** stronger | intermediate | weaker (suggested from controlType, adjustable) */
    strength: text('strength').notNull(),
    ownerMemberId: integer('owner_member_id').references(() => members.id),
    ownerName: text('owner_name'),
    dueOn: text('due_on'),
    successMeasure: text('success_measure'),
    /** planned | inProgress | done | verified | dropped */
    status: text('status').notNull().default('planned'),
    droppedReason: text('dropped_reason'),
    doneOn: text('done_on'),
    checkDueOn: text('check_due_on'),
    checkedOn: text('checked_on'),
    checkResult: text('check_result'),
    /** The check's verdict: true verifies the action; false sends it back to be reworked. */
    checkEffective: integer('check_effective', { mode: 'boolean' })
  },
  (t) => [
    index('actions_status_idx').on(t.status),
    index('actions_due_idx').on(t.dueOn),
    index('actions_worksheet_idx').on(t.worksheetId),
    index('actions_cause_idx').on(t.causeId),
    index('actions_report_idx').on(t.reportId)
  ]
)
