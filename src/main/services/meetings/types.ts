import type { z } from 'zod'
import type {
  agendaItemAddSchema,
  agendaItemUpdateSchema,
  attendanceSchema,
  meetingCreateSchema,
  meetingDetailSchema,
  meetingSummarySchema,
  meetingUpdateSchema,
  reviewDataSchema
} from '../../../shared/ipc/schemas/meetings'

export type MeetingCreateInput = z.output<typeof meetingCreateSchema>
export type MeetingUpdateInput = z.output<typeof meetingUpdateSchema>
export type MeetingDetail = z.output<typeof meetingDetailSchema>
export type MeetingSummary = z.output<typeof meetingSummarySchema>
export type AttendanceInput = z.output<typeof attendanceSchema>
export type AgendaItemAddInput = z.output<typeof agendaItemAddSchema>
export type AgendaItemUpdateInput = z.output<typeof agendaItemUpdateSchema>
export type ReviewData = z.output<typeof reviewDataSchema>
