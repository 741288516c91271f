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
 * The meetings screens over the real backend (temp SQLite file): agenda building, review data,
 * locking and amendments are main's own rules, not a fake's idea of them.
 */

/** The test clock: reports are filed on 2026-03-02 (one second apart, so history is ordered). */
export function meetingClock(start = '2026-03-02T15:00:00.000Z'): () => Date {
  let t = Date.parse(start)
  return () => new Date((t += 1000))
}

export interface MeetingWorld {
  backend: BackendApi
  call: <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>
  members: { chair: number; recorder: number; nurse: number }
  reports: { high: number; duplicate: number; low: number }
}

/** A school with three members and three reports: a high one, its same-event twin, a low one. */
export async function seedMeetingWorld(): Promise<MeetingWorld> {
  const backend = createBackendApi({ now: meetingClock() })
  const call: MeetingWorld['call'] = async (channel, input) => {
    const result = await backend.backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data as never
  }
  await call('settings:update', { schoolName: 'Lincoln Middle School' })
  const member = async (name: string, detail: string) => (await call('lists:add', { kind: 'members', name, detail })).id
  const members = {
    chair: await member('Dana Ortiz', 'Assistant principal'),
    recorder: await member('Sam Lee', 'Science lead'),
    nurse: await member('Rita Moss', 'School nurse')
  }
  const locations = await call('lists:list', { kind: 'locations' })
  const lab = locations.find((l) => l.name.startsWith('Science lab'))!.id
  const file = (whatHappened: string) => call('reports:create', { occurredOn: '2026-02-27', locationId: lab, whatHappened })
  const high = await file('A stock bottle of acid slid off the top shelf as the cabinet door opened')
  const duplicate = await file('Acid bottle fell from the top shelf of the prep room cabinet')
  const low = await file('Wet floor by the eyewash station after cleaning')
  await call('reports:triage', { id: high.id, severity: 4, likelihood: 4, decision: 'investigate' })
  await call('reports:triage', { id: low.id, severity: 1, likelihood: 2, decision: 'logAndMonitor' })
  await call('reports:linkSameEvent', { id: duplicate.id, sameAsId: high.id })
  return { backend, call, members, reports: { high: high.id, duplicate: duplicate.id, low: low.id } }
}

/** The whole app at `hash`, talking to the seeded backend. */
export function renderMeetings(world: MeetingWorld, hash: string) {
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

/** Inputs of every call the screen made on `channel`, oldest first. */
export const callsTo = <C extends Channel>(world: MeetingWorld, channel: C) =>
  world.backend.calls.filter((c) => c.channel === channel).map((c) => c.input as ChannelInput<C>)
