import { z } from 'zod'
import { ACTION_STATUSES, ACTION_STRENGTHS, CONTROL_TYPES } from '../../domain/actions'
import { FISHBONE_BRANCHES } from '../../domain/referenceLists'
import { REPORT_STATUSES } from '../../domain/reportStatus'
import { RISK_LEVELS } from '../../domain/risk'
import { WORKSHEET_STATUSES } from '../../domain/worksheets'
import { id, optionalText, requiredText } from './common'

const LONG = 4000
const SHORT = 300
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'validation.dateInvalid' })
const nullableText = (max: number) => optionalText(max).nullable().optional()

export const worksheetCreateSchema = z
  .object({
    title: requiredText(SHORT),
    reportIds: z.array(id).min(1, { error: 'worksheets.problem.needsReport' }).max(50)
  })
  .strict()

export const whySchema = z.object({ question: nullableText(SHORT), answer: requiredText(LONG) }).strict()

export const worksheetUpdateSchema = z
  .object({
    id,
    title: requiredText(SHORT).optional(),
    problemStatement: nullableText(LONG),
    timeline: nullableText(LONG),
    /** The whole ordered 5 Whys list: adding, removing and reordering are one save. */
    whys: z.array(whySchema).max(10).optional(),
    reportIds: z.array(id).min(1, { error: 'worksheets.problem.needsReport' }).max(50).optional()
  })
  .strict()

export const causeFieldsSchema = z.object({
  branch: z.enum(FISHBONE_BRANCHES, { error: 'validation.branchRequired' }),
  text: requiredText(SHORT),
  isRootCause: z.boolean().optional(),
  conditionId: id.nullable().optional(),
  statement: nullableText(LONG),
  noActionReason: nullableText(LONG)
})

export const causeAddSchema = causeFieldsSchema.extend({ worksheetId: id }).strict()
export const causeUpdateSchema = causeFieldsSchema.partial().extend({ id }).strict()

export const worksheetSetStatusSchema = z.object({ id, status: z.enum(WORKSHEET_STATUSES) }).strict()

const actionOut = z.object({
  id: z.number(),
  uid: z.string(),
  worksheetId: z.number().nullable(),
  causeId: z.number().nullable(),
  reportId: z.number().nullable(),
  agendaItemId: z.number().nullable(),
  description: z.string(),
  controlType: z.enum(CONTROL_TYPES),
  strength: z.enum(ACTION_STRENGTHS),
  ownerMemberId: z.number().nullable(),
  ownerName: z.string().nullable(),
  ownerLabel: z.string().nullable(),
  dueOn: z.string().nullable(),
  successMeasure: z.string().nullable(),
  status: z.enum(ACTION_STATUSES),
  droppedReason: z.string().nullable(),
  doneOn: z.string().nullable(),
  checkDueOn: z.string().nullable(),
  checkedOn: z.string().nullable(),
  checkResult: z.string().nullable(),
  checkEffective: z.boolean().nullable(),
  worksheetTitle: z.string().nullable(),
  reportRefCode: z.string().nullable(),
  causeText: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export const actionSchema = actionOut

export const causeSchema = z.object({
  id: z.number(),
  uid: z.string(),
  branch: z.enum(FISHBONE_BRANCHES),
  text: z.string(),
  isRootCause: z.boolean(),
  conditionId: z.number().nullable(),
  statement: z.string().nullable(),
  noActionReason: z.string().nullable(),
  position: z.number(),
  coverage: z.enum(['none', 'weakOnly', 'intermediate', 'strong'])
})

export const worksheetDetailSchema = z.object({
  id: z.number(),
  uid: z.string(),
  title: z.string(),
  problemStatement: z.string().nullable(),
  timeline: z.string().nullable(),
  status: z.enum(WORKSHEET_STATUSES),
  completedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  reports: z.array(
    z.object({ id: z.number(), refCode: z.string(), occurredOn: z.string(), whatHappened: z.string(), status: z.enum(REPORT_STATUSES), riskLevel: z.enum(RISK_LEVELS).nullable() })
  ),
  whys: z.array(z.object({ question: z.string().nullable(), answer: z.string() })),
  causes: z.array(causeSchema),
  /** Conditions ticked on the reports that are not yet causes here. */
  suggestedConditions: z.array(z.object({ id: z.number(), name: z.string(), branch: z.enum(FISHBONE_BRANCHES) })),
  actions: z.array(actionOut),
  /** Why it cannot be completed yet (catalog keys), empty when it can. */
  completionProblems: z.array(z.object({ messageKey: z.string(), causeId: z.number().optional() }))
})

export const worksheetSummarySchema = z.object({
  id: z.number(),
  title: z.string(),
  status: z.enum(WORKSHEET_STATUSES),
  updatedAt: z.string(),
  reportCodes: z.string(),
  rootCauseCount: z.number(),
  openActionCount: z.number()
})

export const actionFieldsSchema = z.object({
  description: requiredText(LONG),
  causeId: id.nullable().optional(),
  controlType: z.enum(CONTROL_TYPES, { error: 'validation.controlTypeRequired' }),
  /** Omitted: suggested from the control type. */
  strength: z.enum(ACTION_STRENGTHS).optional(),
  ownerMemberId: id.nullable().optional(),
  ownerName: nullableText(SHORT),
  dueOn: isoDate.nullable().optional(),
  successMeasure: nullableText(LONG),
  checkDueOn: isoDate.nullable().optional()
})

export const actionCreateSchema = actionFieldsSchema
  .extend({ worksheetId: id.nullable().optional(), reportId: id.nullable().optional(), agendaItemId: id.nullable().optional() })
  .strict()

export const actionUpdateSchema = actionFieldsSchema.partial().extend({ id }).strict()

export const actionSetStatusSchema = z
  .object({ id, status: z.enum(ACTION_STATUSES), droppedReason: nullableText(LONG) })
  .strict()

export const actionCheckSchema = z
  .object({
    id,
    checkedOn: isoDate,
    checkResult: requiredText(LONG),
    /** Did it work? Yes verifies the action; no sends it back to in progress. */
    effective: z.boolean()
  })
  .strict()

export const ACTION_BUCKETS = ['overdue', 'dueSoon', 'awaitingCheck', 'later', 'settled'] as const

export const actionListQuerySchema = z
  .object({
    statuses: z.array(z.enum(ACTION_STATUSES)).optional(),
    strengths: z.array(z.enum(ACTION_STRENGTHS)).optional(),
    ownerMemberId: id.optional(),
    ownerName: z.string().trim().max(SHORT).optional(),
    buckets: z.array(z.enum(ACTION_BUCKETS)).optional(),
    worksheetId: id.optional(),
    reportId: id.optional(),
    agendaItemId: id.optional()
  })
  .strict()

export const actionListResultSchema = z.object({
  rows: z.array(actionOut.extend({ bucket: z.enum(ACTION_BUCKETS) })),
  counts: z.object({ overdue: z.number(), dueSoon: z.number(), awaitingCheck: z.number() })
})
