import type { z } from 'zod'
import type { ReferenceItem, ReferenceListKind } from '../../src/shared/domain/referenceLists'
import { DEFAULT_SETTINGS, type AppSettings } from '../../src/shared/domain/settings'
import { CHANNELS, type Channel } from '../../src/shared/ipc/channels'
import { contract, type Api, type ChannelInput, type ChannelOutput, type ParsedInput } from '../../src/shared/ipc/contract'
import { fail, ok, type IpcResult } from '../../src/shared/ipc/result'

/**
 * An in-memory `window.api` for component tests. Inputs go through the real zod schemas from the
 * contract, so validation errors (codes, paths, message keys) look like main's. Business rules
 * main adds on top (branch required for conditions, no duplicate names) are mirrored here.
 * Channels no screen uses yet still validate their input, then answer INTERNAL "not faked", so a
 * growing contract never breaks these tests; model a channel here when a screen starts using it.
 */

export interface SeedItem {
  name: string
  branch?: ReferenceItem['branch']
  detail?: string
  archived?: boolean
}

export interface FakeApiOptions {
  settings?: Partial<AppSettings>
  lists?: Partial<Record<ReferenceListKind, SeedItem[]>>
}

export interface FakeApi {
  api: Api
  /** Every call in order, including rejected ones. */
  calls: Array<{ channel: Channel; input: unknown }>
  state: {
    settings: AppSettings
    items: Record<ReferenceListKind, ReferenceItem[]>
    drafts: Map<string, Record<string, unknown>>
  }
}

type Handlers = { [C in Channel]?: (input: ParsedInput<C>) => IpcResult<ChannelOutput<C>> }

/** Channels that only read. Everything else may change data (or write a file). */
const READ_ONLY_CHANNELS: readonly Channel[] = [
  'app:info',
  'settings:get',
  'lists:list',
  'reports:get',
  'reports:list',
  'reports:similar',
  'drafts:get'
]

export const FAKE_APP_INFO: ChannelOutput<'app:info'> = {
  version: '0.1.0-test',
  dataDir: '/tmp/close-call-test',
  databaseFile: '/tmp/close-call-test/close-call.db',
  schemaVersion: 1,
  runtime: 'test'
}

export function createFakeApi(options: FakeApiOptions = {}): FakeApi {
  let nextId = 1
  const toItem = (kind: ReferenceListKind, seed: SeedItem, sortOrder: number): ReferenceItem => ({
    id: nextId++,
    uid: `fake-uid-${nextId}`,
    name: seed.name,
    branch: kind === 'conditions' ? (seed.branch ?? null) : null,
    detail: kind === 'members' ? (seed.detail ?? null) : null,
    archived: seed.archived ?? false,
    sortOrder
  })
  const seed = (kind: ReferenceListKind) => (options.lists?.[kind] ?? []).map((item, index) => toItem(kind, item, index + 1))
  const state: FakeApi['state'] = {
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    items: { locations: seed('locations'), categories: seed('categories'), conditions: seed('conditions'), members: seed('members') },
    drafts: new Map()
  }
  const calls: FakeApi['calls'] = []

  /** Parse like main's register(): the real schema, issues mapped to catalog keys by path. */
  const handle =
    <C extends Channel>(channel: C, run: (input: ParsedInput<C>) => IpcResult<ChannelOutput<C>>) =>
    async (input: ChannelInput<C>): Promise<IpcResult<ChannelOutput<C>>> => {
      calls.push({ channel, input: structuredClone(input) })
      const parsed = (contract[channel].input as z.ZodType).safeParse(input)
      if (!parsed.success) {
        // As main's dispatch: schema messages are catalog keys; zod's own English becomes generic.
        const details = parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.'),
          messageKey: issue.message.startsWith('validation.') ? issue.message : 'validation.invalid'
        }))
        return fail('INVALID_INPUT', 'Input failed validation', details)
      }
      // Clone like IPC does, so components cannot reach into the fake's state by reference.
      return structuredClone(run(parsed.data as ParsedInput<C>))
    }

  const find = (kind: ReferenceListKind, id: number) => state.items[kind].find((item) => item.id === id)
  const isDuplicate = (kind: ReferenceListKind, name: string, exceptId?: number) =>
    state.items[kind].some((item) => item.id !== exceptId && item.name.toLowerCase() === name.toLowerCase())
  const duplicate = () => fail('CONFLICT', 'Duplicate name', [{ path: 'name', messageKey: 'validation.duplicate' }])

  const handlers: Handlers = {
    'app:info': () => ok(FAKE_APP_INFO),
    'settings:get': () => ok(state.settings),
    'settings:update': (patch) => {
      state.settings = { ...state.settings, ...patch }
      return ok(state.settings)
    },
    'lists:list': ({ kind, includeArchived }) =>
      ok(state.items[kind].filter((item) => includeArchived || !item.archived).sort((a, b) => a.sortOrder - b.sortOrder)),
    'lists:add': ({ kind, name, branch, detail }) => {
      if (kind === 'conditions' && branch === undefined) {
        return fail('INVALID_INPUT', 'Branch required', [{ path: 'branch', messageKey: 'validation.branchRequired' }])
      }
      if (isDuplicate(kind, name)) return duplicate()
      const item = toItem(kind, { name, branch: branch ?? null, detail: detail || undefined }, state.items[kind].length + 1)
      state.items[kind].push(item)
      return ok(item)
    },
    'lists:update': ({ kind, id, name, branch, detail }) => {
      const item = find(kind, id)
      if (!item) return fail('NOT_FOUND', `No ${kind} item ${id}`)
      if (name !== undefined && isDuplicate(kind, name, id)) return duplicate()
      if (name !== undefined) item.name = name
      if (branch !== undefined && kind === 'conditions') item.branch = branch
      if (detail !== undefined && kind === 'members') item.detail = detail || null
      return ok(item)
    },
    'lists:setArchived': ({ kind, id, archived }) => {
      const item = find(kind, id)
      if (!item) return fail('NOT_FOUND', `No ${kind} item ${id}`)
      item.archived = archived
      return ok(item)
    },
    'drafts:get': ({ key }) => ok(state.drafts.get(key) ?? null),
    'drafts:save': ({ key, value }) => {
      state.drafts.set(key, value)
      return ok(null)
    },
    'drafts:clear': ({ key }) => {
      state.drafts.delete(key)
      return ok(null)
    }
  }

  const notFaked = (channel: Channel) => () => fail('INTERNAL', `${channel} is not modelled by the fake api yet`)
  const api = Object.fromEntries(
    CHANNELS.map((channel) => [channel, handle(channel, (handlers[channel] as never) ?? notFaked(channel))])
  ) as Api

  return { api, calls, state }
}

/** Calls that would have changed data; tests of rejected input expect none. */
export const mutatingCalls = (fake: FakeApi) => fake.calls.filter((call) => !READ_ONLY_CHANNELS.includes(call.channel))
