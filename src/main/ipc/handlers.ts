import type { Channel } from '../../shared/ipc/channels'
import type { ChannelOutput, ParsedInput } from '../../shared/ipc/contract'
import type { ServiceContext } from '../services/context'
import { referenceListService } from '../services/referenceListService'
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
export function createHandlers(ctx: ServiceContext, info: AppInfo) {
  const settings = settingsService(ctx)
  const lists = referenceListService(ctx)

  return {
    'app:info': () => ({ ...info, schemaVersion: ctx.db.schemaVersion }),
    'settings:get': () => settings.get(),
    'settings:update': (input) => settings.update(input),
    'lists:list': (input) => lists.list(input.kind, input.includeArchived),
    'lists:add': (input) => lists.add(input),
    'lists:update': (input) => lists.update(input),
    'lists:setArchived': (input) => lists.setArchived(input.kind, input.id, input.archived)
  } satisfies HandlerMap
}
