import { z } from 'zod'
import { ACTION_STATUSES, ACTION_STRENGTHS } from '../../domain/actions'
import { AGENDA_KINDS, ATTENDANCE, MEETING_STATUSES } from '../../domain/meetings'
import { REPORT_STATUSES } from '../../domain/reportStatus'
import { RISK_LEVELS } from '../../domain/risk'
import { WORKSHEET_STATUSES } from '../../domain/worksheets'
import { id, optionalText, requiredText } from './common'

const SHORT = 300
const LONG = 4000
const isoDate = z.string({ error: 'validation.dateRequired' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.dateRequired' })
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.timeInvalid' })
const nullableText = (max: number) => optionalText(max).nullable().optional()

export const meetingFieldsSchema = z.object({
  heldOn: isoDate,
  startTime: time.nullable().optional(),
  endTime: time.nullable().optional(),
  place: nullableText(SHORT),
  chairMemberId: id.nullable().optional(),
  recorderMemberId: id.nullable().optional(),
  /** Omitted: "since the last meeting" (defaultReviewPeriod). */
  periodStart: isoDate.nullable().optional(),
  periodEnd: isoDate.nullable().optional(),
  nextMeetingNote: nullableText(LONG)
})

export const meetingCreateSchema = meetingFieldsSchema.strict()
export const meetingUpdateSchema = meetingFieldsSchema.partial().extend({ id }).strict()

export const attendanceSchema = z
  .object({
    meetingId: id,
    entries: z
      .array(
        z
          .object({ memberId: id.nullable().optional(), guestName: nullableText(SHORT), attendance: z.enum(ATTENDANCE) })
          .refine((e) => Boolean(e.memberId) !== Boolean(e.guestName?.trim()), { error: 'meetings.problem.memberOrGuest' })
      )
      .max(100)
  })
  .strict()

export const agendaItemFieldsSchema = z.object({
  title: requiredText(SHORT),
  presenter: nullableText(SHORT),
  minutesAllotted: z.number().int().min(0).max(600).nullable().optional(),
  notes: nullableText(LONG * 2),
  decision: nullableText(LONG),
  recommendation: nullableText(LONG),
  recommendationOwner: nullableText(SHORT),
  responseDueOn: isoDate.nullable().optional(),
  managementResponse: nullableText(LONG),
  responseReceivedOn: isoDate.nullable().optional()
})

export const agendaItemAddSchema = agendaItemFieldsSchema.extend({ meetingId: id }).strict()
export const agendaItemUpdateSchema = agendaItemFieldsSchema.partial().extend({ id }).strict()
export const agendaMoveSchema = z.object({ meetingId: id, itemIds: z.array(id).max(200) }).strict()
export const buildAgendaSchema = z.object({ meetingId: id, replace: z.boolean().default(false) }).strict()
export const approveMinutesSchema = z.object({ meetingId: id, atMeetingId: id }).strict()
export const amendmentSchema = z.object({ meetingId: id, text: requiredText(LONG), amendedOn: isoDate.optional() }).strict()
export const postingSchema = z.object({ meetingId: id, postedWhere: requiredText(SHORT), postedOn: isoDate }).strict()

const reviewReport = z.object({
  id: z.number(),
  refCode: z.string(),
  occurredOn: z.string(),
  locationName: z.string(),
  categoryName: z.string().nullable(),
  whatHappened: z.string(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  status: z.enum(REPORT_STATUSES),
  /** Other reports of the same event in the period, counted with this one. */
  duplicates: z.array(z.string())
})

const reviewAction = z.object({
  id: z.number(),
  description: z.string(),
  ownerLabel: z.string().nullable(),
  dueOn: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  strength: z.enum(ACTION_STRENGTHS),
  link: z.string().nullable()
})

export const reviewDataSchema = z.object({
  period: z.object({ start: z.string(), end: z.string() }),
  nearMisses: z.object({
    reports: z.number(),
    events: z.number(),
    byRisk: z.object({ critical: z.array(reviewReport), high: z.array(reviewReport), medium: z.array(reviewReport), low: z.array(reviewReport), untriaged: z.array(reviewReport) })
  }),
  investigations: z.array(
    z.object({ id: z.number(), title: z.string(), status: z.enum(WORKSHEET_STATUSES), reportCodes: z.string(), causeIdentified: z.boolean(), corrected: z.boolean(), openActions: z.number() })
  ),
  actionFollowUp: z.object({ overdue: z.array(reviewAction), dueSoon: z.array(reviewAction), awaitingCheck: z.array(reviewAction) }),
  trends: z.object({
    monthly: z.array(z.object({ month: z.string(), count: z.number() })),
    byCategory: z.array(z.object({ name: z.string(), count: z.number() })),
    byLocation: z.array(z.object({ name: z.string(), count: z.number() }))
  }),
  feedback: z.array(z.object({ refCode: z.string(), closedOn: z.string().nullable(), categoryName: z.string().nullable(), feedbackToStaff: z.string() })),
  earlierRecommendations: z.array(
    z.object({ meetingHeldOn: z.string(), title: z.string(), recommendation: z.string(), owner: z.string().nullable(), responseDueOn: z.string().nullable(), managementResponse: z.string().nullable(), responseReceivedOn: z.string().nullable() })
  ),
  openActions: z.number()
})

export const agendaItemSchema = z.object({
  id: z.number(),
  position: z.number(),
  kind: z.enum(AGENDA_KINDS),
  title: z.string(),
  presenter: z.string().nullable(),
  minutesAllotted: z.number().nullable(),
  notes: z.string().nullable(),
  decision: z.string().nullable(),
  recommendation: z.string().nullable(),
  recommendationOwner: z.string().nullable(),
  responseDueOn: z.string().nullable(),
  managementResponse: z.string().nullable(),
  responseReceivedOn: z.string().nullable(),
  actions: z.array(reviewAction)
})

export const meetingSummarySchema = z.object({
  id: z.number(),
  heldOn: z.string(),
  startTime: z.string().nullable(),
  place: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  itemCount: z.number()
})

export const meetingDetailSchema = z.object({
  id: z.number(),
  uid: z.string(),
  heldOn: z.string(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  place: z.string().nullable(),
  chairMemberId: z.number().nullable(),
  recorderMemberId: z.number().nullable(),
  chairName: z.string().nullable(),
  recorderName: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  status: z.enum(MEETING_STATUSES),
  locked: z.boolean(),
  approvedAt: z.string().nullable(),
  approvedAtMeeting: z.object({ id: z.number(), heldOn: z.string() }).nullable(),
  minutesPostedWhere: z.string().nullable(),
  minutesPostedOn: z.string().nullable(),
  nextMeetingNote: z.string().nullable(),
  previousMeeting: z.object({ id: z.number(), heldOn: z.string(), status: z.enum(MEETING_STATUSES) }).nullable(),
  nextMeeting: z.object({ id: z.number(), heldOn: z.string(), startTime: z.string().nullable(), place: z.string().nullable() }).nullable(),
  attendance: z.array(z.object({ memberId: z.number().nullable(), guestName: z.string().nullable(), attendance: z.enum(ATTENDANCE), name: z.string(), role: z.string().nullable() })),
  items: z.array(agendaItemSchema),
  amendments: z.array(z.object({ id: z.number(), amendedOn: z.string(), text: z.string() })),
  review: reviewDataSchema
})
