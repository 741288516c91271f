import type { Channel } from '../../shared/ipc/channels'
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract'
import type { ServiceContext } from '../services/context'
import { documentService } from '../services/documents/documentService'
import type { DocumentHost } from '../services/documents/host'
import { draftService } from '../services/draftService'
import { meetingService } from '../services/meetings/meetingService'
import { referenceListService } from '../services/referenceListService'
import { reportService } from '../services/reports/reportService'
import { findSimilarReports } from '../services/reports/similarReports'
import { settingsService } from '../services/settingsService'
import { actionService } from '../services/worksheets/actionService'
import { worksheetService } from '../services/worksheets/worksheetService'

export interface AppInfo {
  version: string
  dataDir: string
  databaseFile: string
  runtime: 'electron' | 'browser-preview' | 'test'
}

/** A handler gets the parsed input and returns the output; it may throw a ServiceError. */
export type Handler<C extends Channel> = (input: ParsedInput<C>) => ChannelOutput<C> | Promise<ChannelOutput<C>>
export type HandlerMap = { [C in Channel]: Handler<C> }

/**
 * One handler per channel. Typed `satisfies HandlerMap`: a channel in the contract without a
 * handler here fails `tsc`. Handlers stay thin: the rules live in services.
 */
export function createHandlers(ctx: ServiceContext, info: AppInfo, host: DocumentHost) {
  const settings = settingsService(ctx)
  const lists = referenceListService(ctx)
  const reports = reportService(ctx)
  const drafts = draftService(ctx)
  const documents = documentService(ctx, host)
  const worksheets = worksheetService(ctx)
  const actions = actionService(ctx)
  const meetings = meetingService(ctx)

  return {
    'app:info': () => ({ ...info, schemaVersion: ctx.db.schemaVersion }),
    'settings:get': () => settings.get(),
    'settings:update': (input) => settings.update(input),
    'lists:list': (input) => lists.list(input.kind, input.includeArchived),
    'lists:add': (input) => lists.add(input),
    'lists:update': (input) => lists.update(input),
    'lists:setArchived': (input) => lists.setArchived(input.kind, input.id, input.archived),
    'reports:create': (input) => reports.create(input),
    'reports:get': (input) => reports.get(input.id),
    'reports:update': (input) => reports.update(input),
    'reports:list': (input) => reports.list(input),
    'reports:triage': (input) => reports.triage(input),
    'reports:setStatus': (input) => reports.setStatus(input),
    'reports:similar': (input) => findSimilarReports(ctx, input.id),
    'reports:linkSameEvent': (input) => reports.linkSameEvent(input.id, input.sameAsId),
    'drafts:get': (input) => drafts.get(input.key),
    'drafts:save': (input) => {
      drafts.save(input.key, input.value)
      return null
    },
    'drafts:clear': (input) => {
      drafts.clear(input.key)
      return null
    },
    'documents:exportPdf': (input) => documents.exportPdf(input.document, input.id),
    'worksheets:list': () => worksheets.list(),
    'worksheets:create': (input) => worksheets.create(input),
    'worksheets:get': (input) => worksheets.get(input.id),
    'worksheets:update': (input) => worksheets.update(input),
    'worksheets:addCause': (input) => worksheets.addCause(input),
    'worksheets:updateCause': (input) => worksheets.updateCause(input),
    'worksheets:removeCause': (input) => worksheets.removeCause(input.id),
    'worksheets:setStatus': (input) => worksheets.setStatus(input.id, input.status),
    'actions:list': (input) => actions.list(input),
    'actions:create': (input) => actions.create(input),
    'actions:update': (input) => actions.update(input),
    'actions:setStatus': (input) => actions.setStatus(input),
    'actions:recordCheck': (input) => actions.recordCheck(input),
    'meetings:list': () => meetings.list(),
    'meetings:create': (input) => meetings.create(input),
    'meetings:get': (input) => meetings.get(input.id),
    'meetings:update': (input) => meetings.update(input),
    'meetings:setAttendance': (input) => meetings.setAttendance(input),
    'meetings:buildAgenda': (input) => meetings.buildAgenda(input.meetingId, input.replace),
    'meetings:addItem': (input) => meetings.addItem(input),
    'meetings:updateItem': (input) => meetings.updateItem(input),
    'meetings:removeItem': (input) => meetings.removeItem(input.id),
    'meetings:moveItems': (input) => meetings.moveItems(input.meetingId, input.itemIds),
    'meetings:markHeld': (input) => meetings.markHeld(input.id),
    'meetings:approveMinutes': (input) => meetings.approveMinutes(input.meetingId, input.atMeetingId),
    'meetings:addAmendment': (input) => meetings.addAmendment(input.meetingId, input.text, input.amendedOn),
    'meetings:recordPosting': (input) => meetings.recordPosting(input.meetingId, input.postedWhere, input.postedOn)
  } satisfies HandlerMap
}
