import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { recordColumns } from './columns'
import { members } from './referenceLists'

/** A monthly review. Minutes are locked once approved; changes after that are amendments. */
export const meetings = sqliteTable('meetings', {
  ...recordColumns(),
  heldOn: text('held_on').notNull(),
  startTime: text('start_time'),
  endTime: text('end_time'),
  place: text('place'),
  chairMemberId: integer('chair_member_id').references(() => members.id),
  recorderMemberId: integer('recorder_member_id').references(() => members.id),
  periodStart: text('period_start'),
  periodEnd: text('period_end'),
  /** draft | held | approved */
  status: text('status').notNull().default('draft'),
  /** Where the minutes were made available to all employees (the rules require it), and when. */
  minutesPostedWhere: text('minutes_posted_where'),
  minutesPostedOn: text('minutes_posted_on'),
  approvedAt: text('approved_at'),
  approvedAtMeetingId: integer('approved_at_meeting_id'),
  /**
   * The minutes exactly as approved (JSON). Approved minutes never change, even if the reports
   * they summarise are edited later; corrections are amendments.
   */
  minutesSnapshot: text('minutes_snapshot'),
  nextMeetingNote: text('next_meeting_note')
})

export const meetingAttendance = sqliteTable(
  'meeting_attendance',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    memberId: integer('member_id').references(() => members.id),
    guestName: text('guest_name'),
    /** present | absent | excused | guest */
    attendance: text('attendance').notNull()
  },
  (t) => [index('meeting_attendance_meeting_idx').on(t.meetingId)]
)

export const agendaItems = sqliteTable(
  'agenda_items',
  {
    ...recordColumns(),
    meetingId: integer('meeting_id').notNull().references(() => meetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    /** standing item key (callToOrder, previousMinutes, nearMisses, ...) or 'custom' */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    linkedType: text('linked_type'),
    linkedId: integer('linked_id'),
    presenter: text('presenter'),
    minutesAllotted: integer('minutes_allotted'),
    notes: text('notes'),
    decision: text('decision'),
    recommendation: text('recommendation'),
    recommendationOwner: text('recommendation_owner'),
    responseDueOn: text('response_due_on'),
    managementResponse: text('management_response'),
    responseReceivedOn: text('response_received_on')
  },
  (t) => [index('agenda_items_meeting_idx').on(t.meetingId)]
)

/** Dated corrections to approved minutes: shown in the PDF, never a silent edit. */
export const minutesAmendments = sqliteTable('minutes_amendments', {
  ...recordColumns(),
  meetingId: integer('meeting_id').notNull().references(() => meetings.id),
  amendedOn: text('amended_on').notNull(),
  text: text('text').notNull(),
  approvedAtMeetingId: integer('approved_at_meeting_id')
})
