import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { App } from '../../src/renderer/src/App'
import { createI18n } from '../../src/renderer/src/i18n'
import type { Channel } from '../../src/shared/ipc/channels'
import type { ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract'
import { createBackendApi, type BackendApi } from './backendApi'
import { missingKeys } from './missingKeys'

/**
 * Worksheet screens over the real backend (temp SQLite file): coverage, suggestions and the
 * completion gate are main's own rules, not a fake's idea of them. Real clock, so action due
 * dates are relative to today as the chair sees them.
 */
export interface WorksheetWorld {
  backend: BackendApi
  /** Calls the backend directly; throws on a refusal. */
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>
  reportIds: number[]
  conditions: Map<string, number>
  memberId: number
}

export async function createWorksheetWorld(): Promise<WorksheetWorld> {
  const backend = createBackendApi()
  const call: WorksheetWorld['call'] = async (channel, input) => {
    const result = await backend.backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data as never
  }
  await call('settings:update', { schoolName: 'Lincoln Middle School', committeeName: 'Safety Committee' })
  const [location] = await call('lists:list', { kind: 'locations' })
  const conditions = new Map((await call('lists:list', { kind: 'conditions' })).map((item) => [item.name, item.id] as const))
  const stored = [...conditions.keys()].find((name) => /stored too high/i.test(name))
  const first = await call('reports:create', {
    occurredOn: '2026-02-20',
    locationId: location!.id,
    whatHappened: 'A box of paper slid off the top shelf in the copy room',
    conditionIds: stored ? [conditions.get(stored)!] : []
  })
  const second = await call('reports:create', { occurredOn: '2026-02-24', locationId: location!.id, whatHappened: 'Toner cartons wobbled on a high shelf' })
  const member = await call('lists:add', { kind: 'members', name: 'Pat Custodian', detail: 'Custodian' })
  return { backend, call, reportIds: [first.id, second.id], conditions, memberId: member.id }
}

/** The whole app at `hash` on the world's api, with missing catalog keys recorded. */
export function renderWorksheetApp(world: WorksheetWorld, hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
  window.api = world.backend.api
  const i18n = createI18n({ onMissingKey: (key) => missingKeys.push(key) })
  const user = userEvent.setup()
  const view = render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  )
  return { ...view, user }
}

/** Today plus `days`, as local YYYY-MM-DD (what date inputs and main use). */
export function isoInDays(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
