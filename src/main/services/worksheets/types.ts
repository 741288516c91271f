import type { z } from 'zod'
import type {
  actionCheckSchema,
  actionCreateSchema,
  actionListQuerySchema,
  actionListResultSchema,
  actionSchema,
  actionSetStatusSchema,
  actionUpdateSchema,
  causeAddSchema,
  causeUpdateSchema,
  worksheetCreateSchema,
  worksheetDetailSchema,
  worksheetSummarySchema,
  worksheetUpdateSchema
} from '../../../shared/ipc/schemas/worksheets'

export type WorksheetCreateInput = z.output<typeof worksheetCreateSchema>
export type WorksheetUpdateInput = z.output<typeof worksheetUpdateSchema>
export type WorksheetDetail = z.output<typeof worksheetDetailSchema>
export type WorksheetSummary = z.output<typeof worksheetSummarySchema>
export type CauseAddInput = z.output<typeof causeAddSchema>
export type CauseUpdateInput = z.output<typeof causeUpdateSchema>
export type Action = z.output<typeof actionSchema>
export type ActionCreateInput = z.output<typeof actionCreateSchema>
export type ActionUpdateInput = z.output<typeof actionUpdateSchema>
export type ActionSetStatusInput = z.output<typeof actionSetStatusSchema>
export type ActionCheckInput = z.output<typeof actionCheckSchema>
export type ActionListQuery = z.output<typeof actionListQuerySchema>
export type ActionListResult = z.output<typeof actionListResultSchema>
