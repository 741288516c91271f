import { z } from 'zod'
import { TIME_SLOTS } from '../../domain/defaults'
import { ACTION_STATUSES, ACTION_STRENGTHS } from '../../domain/actions'
import { REPORT_STATUSES } from '../../domain/reportStatus'
import { LIKELIHOODS, RISK_LEVELS, SEVERITIES, TRIAGE_DECISIONS } from '../../domain/risk'
import { WORKSHEET_STATUSES } from '../../domain/worksheets'
import { id, optionalText } from './common'

export const LONG_TEXT_MAX = 4000
export const SHORT_TEXT_MAX = 200

const isoDate = z
  .string({ error: 'validation.dateRequired' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.dateRequired' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), { error: 'validation.dateInvalid' })
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'validation.timeInvalid' })
const count = z.number({ error: 'validation.count' }).int({ error: 'validation.count' }).min(0, { error: 'validation.count' }).max(999, { error: 'validation.count' })
const nullableText = (max: number) => optionalText(max).nullable().optional()

/** The intake form. Only date, place and what happened are required (issue: intake). */
export const reportFieldsSchema = z.object({
  occurredOn: isoDate,
  occurredTime: time.nullable().optional(),
  timeSlot: z.enum(TIME_SLOTS, { error: 'validation.invalid' }).nullable().optional(),
  locationId: z.number({ error: 'validation.locationRequired' }).int().positive({ error: 'validation.locationRequired' }),
  locationDetails: nullableText(SHORT_TEXT_MAX),
  categoryId: id.nullable().optional(),
  whatHappened: z
    .string({ error: 'validation.whatHappenedRequired' })
    .trim()
    .min(1, { error: 'validation.whatHappenedRequired' })
    .max(LONG_TEXT_MAX, { error: 'validation.tooLong' }),
  whatCouldHaveHappened: nullableText(LONG_TEXT_MAX),
  whatStoppedIt: nullableText(LONG_TEXT_MAX),
  involvedStudents: count.optional(),
  involvedStaff: count.optional(),
  involvedVisitors: count.optional(),
  involvedRoles: nullableText(SHORT_TEXT_MAX),
  conditionIds: z.array(id).max(50).optional(),
  immediateAction: nullableText(LONG_TEXT_MAX),
  reporterName: nullableText(SHORT_TEXT_MAX),
  reporterAnonymous: z.boolean().optional(),
  reporterRole: nullableText(SHORT_TEXT_MAX)
})

export const reportCreateSchema = reportFieldsSchema.strict()
export const reportUpdateSchema = reportFieldsSchema.partial().extend({ id }).strict()

export const reportSummarySchema = z.object({
  id: z.number(),
  refCode: z.string(),
  occurredOn: z.string(),
  occurredTime: z.string().nullable(),
  timeSlot: z.string().nullable(),
  locationId: z.number(),
  locationName: z.string(),
  categoryId: z.number().nullable(),
  categoryName: z.string().nullable(),
  whatHappened: z.string(),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  status: z.enum(REPORT_STATUSES),
  triageDecision: z.enum(TRIAGE_DECISIONS).nullable(),
  sameEventAsId: z.number().nullable(),
  createdAt: z.string()
})

export const reportHistoryEntrySchema = z.object({
  at: z.string(),
  action: z.string(),
  detail: z.record(z.string(), z.unknown())
})

export const reportDetailSchema = reportSummarySchema.extend({
  uid: z.string(),
  locationDetails: z.string().nullable(),
  whatCouldHaveHappened: z.string().nullable(),
  whatStoppedIt: z.string().nullable(),
  involvedStudents: z.number(),
  involvedStaff: z.number(),
  involvedVisitors: z.number(),
  involvedRoles: z.string().nullable(),
  conditionIds: z.array(z.number()),
  immediateAction: z.string().nullable(),
  reporterName: z.string().nullable(),
  reporterAnonymous: z.boolean(),
  reporterRole: z.string().nullable(),
  severity: z.number().nullable(),
  likelihood: z.number().nullable(),
  closureNote: z.string().nullable(),
  feedbackToStaff: z.string().nullable(),
  updatedAt: z.string(),
  /** Reports marked as the same event as this one (either direction). */
  sameEventReports: z.array(z.object({ id: z.number(), refCode: z.string() })),
  worksheets: z.array(z.object({ id: z.number(), title: z.string(), status: z.enum(WORKSHEET_STATUSES) })),
  /** Actions on this report directly or through its worksheets. */
  actions: z.array(
    z.object({ id: z.number(), description: z.string(), status: z.enum(ACTION_STATUSES), strength: z.enum(ACTION_STRENGTHS), dueOn: z.string().nullable(), ownerLabel: z.string().nullable() })
  ),
  history: z.array(reportHistoryEntrySchema)
})

export const REPORT_SORT_FIELDS = ['occurredOn', 'createdAt', 'refCode', 'riskLevel', 'status', 'location'] as const

export const reportListQuerySchema = z
  .object({
    statuses: z.array(z.enum(REPORT_STATUSES)).optional(),
    riskLevels: z.array(z.enum([...RISK_LEVELS, 'untriaged'])).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    locationId: id.optional(),
    categoryId: id.optional(),
    conditionId: id.optional(),
    text: z.string().trim().max(200, { error: 'validation.tooLong' }).optional(),
    sort: z.enum(REPORT_SORT_FIELDS).default('occurredOn'),
    direction: z.enum(['asc', 'desc']).default('desc'),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100)
  })
  .strict()

export const reportListResultSchema = z.object({ rows: z.array(reportSummarySchema), total: z.number() })

export const triageSchema = z
  .object({
    id,
    severity: z.union(SEVERITIES.map((n) => z.literal(n)), { error: 'validation.severityRequired' }),
    likelihood: z.union(LIKELIHOODS.map((n) => z.literal(n)), { error: 'validation.likelihoodRequired' }),
    decision: z.enum(TRIAGE_DECISIONS, { error: 'validation.decisionRequired' })
  })
  .strict()

export const setStatusSchema = z
  .object({
    id,
    status: z.enum(REPORT_STATUSES, { error: 'validation.invalid' }),
    closureNote: nullableText(LONG_TEXT_MAX),
    feedbackToStaff: nullableText(LONG_TEXT_MAX)
  })
  .strict()

export const similarReportSchema = reportSummarySchema.extend({
  reasons: z.array(z.enum(['sameLocation', 'sameCategoryAndCondition', 'similarText']))
})

export const linkSameEventSchema = z.object({ id, sameAsId: id.nullable() }).strict()

export const createdReportSchema = z.object({ id: z.number(), refCode: z.string() })

export const DRAFT_KEYS = ['reportIntake'] as const
export const draftKeySchema = z.object({ key: z.enum(DRAFT_KEYS) }).strict()
/** Drafts are whatever the form holds; capped so a runaway paste cannot bloat the database. */
export const draftSaveSchema = z
  .object({ key: z.enum(DRAFT_KEYS), value: z.record(z.string(), z.unknown()) })
  .strict()
  .refine((d) => JSON.stringify(d.value).length <= 100_000, { error: 'validation.tooLong' })
