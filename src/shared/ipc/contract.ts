import { z } from 'zod'
import type { Channel } from './channels'
import type { IpcResult } from './result'
import { id, noInput } from './schemas/common'
import {
  listAddSchema,
  listQuerySchema,
  listSetArchivedSchema,
  listUpdateSchema,
  referenceItemSchema
} from './schemas/lists'
import { documentExportResultSchema, documentExportSchema } from './schemas/documents'
import {
  createdReportSchema,
  draftKeySchema,
  draftSaveSchema,
  linkSameEventSchema,
  reportCreateSchema,
  reportDetailSchema,
  reportListQuerySchema,
  reportListResultSchema,
  reportUpdateSchema,
  setStatusSchema,
  similarReportSchema,
  triageSchema
} from './schemas/reports'
import {
  agendaItemAddSchema,
  agendaItemUpdateSchema,
  agendaMoveSchema,
  amendmentSchema,
  approveMinutesSchema,
  attendanceSchema,
  buildAgendaSchema,
  meetingCreateSchema,
  meetingDetailSchema,
  meetingSummarySchema,
  meetingUpdateSchema,
  postingSchema
} from './schemas/meetings'
import { appInfoSchema, settingsSchema, settingsUpdateSchema } from './schemas/settings'
import {
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
  worksheetSetStatusSchema,
  worksheetSummarySchema,
  worksheetUpdateSchema
} from './schemas/worksheets'

interface ChannelSpec {
  input: z.ZodType
  output: z.ZodType
}

/**
 * The single source of truth for IPC: each channel's input and output. Main validates every
 * input against it; the preload and renderer take their types from it.
 */
export const contract = {
  'app:info': { input: noInput, output: appInfoSchema },
  'settings:get': { input: noInput, output: settingsSchema },
  'settings:update': { input: settingsUpdateSchema, output: settingsSchema },
  'lists:list': { input: listQuerySchema, output: z.array(referenceItemSchema) },
  'lists:add': { input: listAddSchema, output: referenceItemSchema },
  'lists:update': { input: listUpdateSchema, output: referenceItemSchema },
  'lists:setArchived': { input: listSetArchivedSchema, output: referenceItemSchema },
  'reports:create': { input: reportCreateSchema, output: createdReportSchema },
  'reports:get': { input: z.object({ id }).strict(), output: reportDetailSchema },
  'reports:update': { input: reportUpdateSchema, output: reportDetailSchema },
  'reports:list': { input: reportListQuerySchema, output: reportListResultSchema },
  'reports:triage': { input: triageSchema, output: reportDetailSchema },
  'reports:setStatus': { input: setStatusSchema, output: reportDetailSchema },
  'reports:similar': { input: z.object({ id }).strict(), output: z.array(similarReportSchema) },
  'reports:linkSameEvent': { input: linkSameEventSchema, output: reportDetailSchema },
  'drafts:get': { input: draftKeySchema, output: z.record(z.string(), z.unknown()).nullable() },
  'drafts:save': { input: draftSaveSchema, output: z.null() },
  'drafts:clear': { input: draftKeySchema, output: z.null() },
  'documents:exportPdf': { input: documentExportSchema, output: documentExportResultSchema },
  'worksheets:list': { input: noInput, output: z.array(worksheetSummarySchema) },
  'worksheets:create': { input: worksheetCreateSchema, output: worksheetDetailSchema },
  'worksheets:get': { input: z.object({ id }).strict(), output: worksheetDetailSchema },
  'worksheets:update': { input: worksheetUpdateSchema, output: worksheetDetailSchema },
  'worksheets:addCause': { input: causeAddSchema, output: worksheetDetailSchema },
  'worksheets:updateCause': { input: causeUpdateSchema, output: worksheetDetailSchema },
  'worksheets:removeCause': { input: z.object({ id }).strict(), output: worksheetDetailSchema },
  'worksheets:setStatus': { input: worksheetSetStatusSchema, output: worksheetDetailSchema },
  'actions:list': { input: actionListQuerySchema, output: actionListResultSchema },
  'actions:create': { input: actionCreateSchema, output: actionSchema },
  'actions:update': { input: actionUpdateSchema, output: actionSchema },
  'actions:setStatus': { input: actionSetStatusSchema, output: actionSchema },
  'actions:recordCheck': { input: actionCheckSchema, output: actionSchema },
  'meetings:list': { input: noInput, output: z.array(meetingSummarySchema) },
  'meetings:create': { input: meetingCreateSchema, output: meetingDetailSchema },
  'meetings:get': { input: z.object({ id }).strict(), output: meetingDetailSchema },
  'meetings:update': { input: meetingUpdateSchema, output: meetingDetailSchema },
  'meetings:setAttendance': { input: attendanceSchema, output: meetingDetailSchema },
  'meetings:buildAgenda': { input: buildAgendaSchema, output: meetingDetailSchema },
  'meetings:addItem': { input: agendaItemAddSchema, output: meetingDetailSchema },
  'meetings:updateItem': { input: agendaItemUpdateSchema, output: meetingDetailSchema },
  'meetings:removeItem': { input: z.object({ id }).strict(), output: meetingDetailSchema },
  'meetings:moveItems': { input: agendaMoveSchema, output: meetingDetailSchema },
  'meetings:markHeld': { input: z.object({ id }).strict(), output: meetingDetailSchema },
  'meetings:approveMinutes': { input: approveMinutesSchema, output: meetingDetailSchema },
  'meetings:addAmendment': { input: amendmentSchema, output: meetingDetailSchema },
  'meetings:recordPosting': { input: postingSchema, output: meetingDetailSchema }
} as const satisfies Record<Channel, ChannelSpec>

export type Contract = typeof contract
/** What the renderer may send (before defaults are applied). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
/** What the handler receives (after parsing and defaults). */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

/** The shape of `window.api`: one method per channel, each returning a result, never throwing. */
export type Api = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<IpcResult<ChannelOutput<C>>>
}
