import type { z } from 'zod'
import type {
  reportCreateSchema,
  reportDetailSchema,
  reportListQuerySchema,
  reportSummarySchema,
  reportUpdateSchema,
  setStatusSchema,
  similarReportSchema,
  triageSchema
} from '../../../shared/ipc/schemas/reports'

export type ReportCreateInput = z.output<typeof reportCreateSchema>
export type ReportUpdateInput = z.output<typeof reportUpdateSchema>
export type ReportListQuery = z.output<typeof reportListQuerySchema>
export type ReportSummary = z.output<typeof reportSummarySchema>
export type ReportDetail = z.output<typeof reportDetailSchema>
export type TriageInput = z.output<typeof triageSchema>
export type SetStatusInput = z.output<typeof setStatusSchema>
export type SimilarReport = z.output<typeof similarReportSchema>
