import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { App } from '../../src/renderer/src/App'
import { createI18n } from '../../src/renderer/src/i18n'
import type { ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract'
import type { Channel } from '../../src/shared/ipc/channels'
import { createBackendApi, type BackendApi } from './backendApi'
import { missingKeys } from './missingKeys'

/**
 * The register and report screens over the real backend (temp SQLite file): filtering, FTS,
 * triage and status rules are main's own, not a fake's idea of them.
 */

/** A clock that starts on a school day and ticks a second per call, so history is ordered. */
export function schoolClock(start = '2026-03-02T15:00:00.000Z'): () => Date {
  let t = Date.parse(start)
  return () => new Date((t += 1000))
}

export interface Seeded {
  backend: BackendApi
  /** Calls the backend directly (not counted in `backend.calls` by the screen). */
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>
  ids: { locations: Map<string, number>; categories: Map<string, number>; conditions: Map<string, number> }
}

export async function seedBackend(): Promise<Seeded> {
  const backend = createBackendApi({ now: schoolClock() })
  const call: Seeded['call'] = async (channel, input) => {
    const result = await backend.backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data as never
  }
  await call('settings:update', { schoolName: 'Lincoln Middle School' })
  const byName = async (kind: 'locations' | 'categories' | 'conditions') =>
    new Map((await call('lists:list', { kind })).map((item) => [item.name, item.id] as const))
  return {
    backend,
    call,
    ids: { locations: await byName('locations'), categories: await byName('categories'), conditions: await byName('conditions') }
  }
}

export const idOf = (map: Map<string, number>, name: string): number => {
  const id = map.get(name)
  if (id === undefined) throw new Error(`No list entry named ${name}`)
  return id
}

/** The whole app at `hash`, talking to the seeded backend. */
export function renderWithBackend(seeded: Seeded, hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
  window.api = seeded.backend.api
  const i18n = createI18n({ onMissingKey: (key) => missingKeys.push(key) })
  const user = userEvent.setup()
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  )
  return { ...view, user }
}

/** The inputs of every `reports:list` call the screen made, oldest first. */
export const listCalls = (backend: BackendApi) =>
  backend.calls.filter((c) => c.channel === 'reports:list').map((c) => c.input as ChannelInput<'reports:list'>)
