import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { App } from '../../src/renderer/src/App'
import { createI18n } from '../../src/renderer/src/i18n'
import type { Channel } from '../../src/shared/ipc/channels'
import type { ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract'
import { createBackendApi, type BackendApi } from './backendApi'
import { missingKeys } from './missingKeys'

/**
 * Action screens over the real backend (temp SQLite file), so the status rules, buckets and
 * refusals are main's own. The backend runs on the real clock: due dates are set relative to
 * today, the way the chair sees them.
 */
export interface ActionWorld {
  backend: BackendApi
  /** Calls the backend directly; throws on a refusal. */
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>
  reportId: number
  members: { lee: number; ortiz: number }
}

export async function createActionWorld(): Promise<ActionWorld> {
  const backend = createBackendApi()
  const call: ActionWorld['call'] = async (channel, input) => {
    const result = await backend.backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data as never
  }
  await call('settings:update', { schoolName: 'Lincoln Middle School' })
  const [location] = await call('lists:list', { kind: 'locations' })
  const report = await call('reports:create', { occurredOn: '2026-02-20', locationId: location!.id, whatHappened: 'A loaded cart tipped on the ramp but did not fall' })
  const lee = await call('lists:add', { kind: 'members', name: 'Ms. Lee', detail: 'Science lead' })
  const ortiz = await call('lists:add', { kind: 'members', name: 'Mr. Ortiz', detail: 'Custodian' })
  return { backend, call, reportId: report.id, members: { lee: lee.id, ortiz: ortiz.id } }
}

/** Today plus `days`, as YYYY-MM-DD in local time (what the date inputs and main use). */
export function isoInDays(days: number): string {
  const d = new Date()
  d.setDate(d.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

function withI18n(ui: ReactElement) {
  const i18n = createI18n({ onMissingKey: (key) => missingKeys.push(key) })
  return <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>
}

/** One component on the world's api, with missing catalog keys recorded. */
export function renderOnBackend(world: ActionWorld, ui: ReactElement) {
  window.api = world.backend.api
  const user = userEvent.setup()
  const view = render(withI18n(ui))
  return { ...view, user, rerenderWith: (next: ReactElement) => view.rerender(withI18n(next)) }
}

/** The whole app at `hash` on the world's api. */
export function renderAppOnBackend(world: ActionWorld, hash: string) {
  window.history.replaceState(null, '', `/${hash}`)
  return renderOnBackend(world, <App />)
}

/** The inputs of every call of `channel` the screen made, oldest first. */
export const callsOf = <C extends Channel>(world: ActionWorld, channel: C) =>
  world.backend.calls.filter((c) => c.channel === channel).map((c) => c.input as ChannelInput<C>)

/** The text an element's aria-describedby points at (what a screen reader reads after its name). */
export const describedText = (element: Element): string =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter((id) => id !== '')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')

export const isChecked = (element: Element): boolean => (element as HTMLInputElement).checked
export const valueOf = (element: Element): string => (element as HTMLInputElement).value
export const hasFocus = (element: Element): boolean => document.activeElement === element
export const isInvalid = (element: Element): boolean => element.getAttribute('aria-invalid') === 'true'
