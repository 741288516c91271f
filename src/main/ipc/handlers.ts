import type { Channel } from '../../shared/ipc/channels'
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract'
import type { ServiceContext } from '../services/context'
import { documentService } from '../services/documents/documentService'
import type { DocumentHost } from '../services/documents/host'
import { draftService } from '../services/draftService'
import { referenceListService } from '../services/referenceListService'
import { reportService } from '../services/reports/reportService'
import { findSimilarReports } from '../services/reports/similarReports'
import { settingsService } from '../services/settingsService'

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
    'documents:exportPdf': (input) => documents.exportPdf(input.document, input.id)
  } satisfies HandlerMap
}
