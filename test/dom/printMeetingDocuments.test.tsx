import { screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AgendaPayload, BulletinPayload, MinutesPayload } from '../../src/shared/documents/printDocuments'
import { PRINT_READY_ATTRIBUTE } from '../../src/shared/documents/printDocuments'
import type { Channel } from '../../src/shared/ipc/channels'
import type { ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract'
import { LONG_TEXT, MARKUP_TEXT, PLACE_DETAILS, REPORTER_NAMES, seedMeetingMonth, type SeededMeetings } from '../support/meetingSeed'
import { createBackendApi, type BackendApi } from './backendApi'
import { createFakeApi } from './fakeApi'
import { renderApp } from './renderApp'

/**
 * The agenda, minutes and staff bulletin print views, fed the payloads the real backend builds
 * for a seeded month (the document host here only records what it is asked to print).
 */
const TODAY = '2026-03-12'

let backend: BackendApi
let seed: SeededMeetings
const printed = new Map<string, unknown>()

const payloadFor = async <P,>(document: 'agenda' | 'minutes' | 'bulletin', id: number): Promise<P> => {
  const result = await backend.backend.dispatch('documents:exportPdf', { document, id })
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return structuredClone(printed.get(document)) as P
}

beforeAll(async () => {
  let time = Date.parse(`${TODAY}T15:00:00.000Z`)
  backend = createBackendApi({
    now: () => new Date((time += 1000)),
    documentHost: {
      printToPdf: async (kind, payload) => {
        printed.set(kind, JSON.parse(JSON.stringify(payload)))
        return new Uint8Array()
      },
      chooseSavePath: async () => null
    }
  })
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = await backend.backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data as ChannelOutput<C>
  }
  seed = await seedMeetingMonth(call, TODAY)
})

afterAll(() => backend.close())

afterEach(() => {
  vi.unstubAllGlobals()
  document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE)
})

/** Serves one payload under a token, once, as the hosts do; renders the print route. */
let renders = 0
async function renderPrint(document: string, payload: unknown) {
  // A new token each time: the print view remembers what each token served.
  const token = `tok-${document}-${++renders}`
  let served = false
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url !== `print-data/${token}.json` || served) return new Response('Not found', { status: 404 })
      served = true
      return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } })
    })
  )
  const fake = createFakeApi()
  renderApp({ hash: `#/print/${document}?data=${token}`, fake })
  await waitFor(() => expect(window.document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).not.toBeNull())
  expect(fake.calls).toEqual([])
  return window.document.querySelector('article') as HTMLElement
}

const textOf = (element: HTMLElement) => (element.textContent ?? '').replace(/\s+/g, ' ')

describe('minutes print view', () => {
  it('holds every part the state rules require, as text', async () => {
    const payload = await payloadFor<MinutesPayload>('minutes', seed.meetingId)
    const article = await renderPrint('minutes', payload)
    expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('true')
    expect(screen.getByRole('heading', { level: 1, name: 'Minutes' })).toBeTruthy()
    const text = textOf(article)

    for (const part of [
      'Lincoln Middle School',
      'Staff Safety Committee',
      'Thursday, March 12, 2026',
      '3:30 PM to 4:35 PM',
      'Library, room 210',
      'Dana Lee (Science lead), Kim Nguyen (School nurse), and Sam Ortiz (Custodian)',
      'Pat Brooks (Assistant principal)',
      'Alex Rivera (PE teacher)',
      'District safety officer',
      'Minutes of February 5, 2026 approved at this meeting.',
      'Called to order at 3:32 PM by the chair. Quorum present.',
      'Investigate the bus lane crossing with the transportation lead.',
      `${seed.recommendation.text} (Person responsible: ${seed.recommendation.owner}; Management response by: April 2, 2026)`,
      'Cause identified: yes; Corrected: yes',
      'Cause identified: yes; Corrected: no',
      seed.earlier.response,
      'Overdue (1)',
      'Due soon (1)',
      'Done, awaiting effectiveness check (1)',
      'Thursday, April 9, 2026, 3:30 PM, Library',
      seed.nextMeetingNote,
      'Minutes posted: Staff room notice board, March 13, 2026',
      `Amendment recorded April 9, 2026: ${seed.amendment}`,
      'Approved at the meeting of April 9, 2026',
      'Keep until March 12, 2029 (3 years)',
      'Signature — Chair: Dana Lee',
      'Signature — Recorder: Kim Nguyen'
    ]) {
      expect(text).toContain(part)
    }
    expect(text).not.toContain('Draft — not yet approved')

    // Every agenda item, numbered, in order.
    const items = within(article)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent)
    expect(items[0]).toBe('1. Call to order and attendance')
    expect(items).toContain('9. Next meeting')

    // Near misses: a table row per event, the duplicate named under the first report.
    const table = within(article).getByRole('columnheader', { name: 'What happened' }).closest('table') as HTMLElement
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(9)
    expect(textOf(rows[0]!)).toContain(seed.codes.bus)
    expect(textOf(rows[0]!)).toContain('Critical')
    expect(textOf(within(table).getByRole('rowheader', { name: new RegExp(seed.codes.glassware) }))).toContain(`same event: ${seed.codes.glasswareDuplicate}`)

    // A report that looks like markup prints as the characters it is; a long one is cut.
    expect(within(table).getByText(MARKUP_TEXT)).toBeTruthy()
    expect(article.querySelector('img')).toBeNull()
    expect(text).toContain(`${LONG_TEXT.slice(0, 60)}`)
    expect(text).not.toContain(LONG_TEXT)

    // Three charts, each a figure with a caption and its numbers as a table.
    const figures = article.querySelectorAll('figure')
    expect(figures).toHaveLength(3)
    expect(figures[0]!.querySelector('figcaption')?.textContent).toContain('More reports means people are speaking up')
    const monthly = within(figures[0] as HTMLElement).getByRole('table', { hidden: true })
    expect(within(monthly).getByRole('rowheader', { name: 'March 2026', hidden: true }).nextElementSibling?.textContent).toBe('9')
    expect(within(monthly).getAllByRole('row', { hidden: true })).toHaveLength(7)
    expect(document.title).toBe('Minutes March 12, 2026 — Lincoln Middle School')
  })

  it('marks unapproved minutes as a draft and leaves a line to write where they were posted', async () => {
    const payload = await payloadFor<MinutesPayload>('minutes', seed.nextId)
    const article = await renderPrint('minutes', payload)
    const text = textOf(article)
    expect(text).toContain('Draft — not yet approved')
    expect(text).toContain('Minutes of March 12, 2026 approved at this meeting.')
    expect(textOf(article.querySelector('.md-fill') as HTMLElement)).toBe('Minutes posted:wheredate')
    expect(article.querySelectorAll('.md-fill__line')).toHaveLength(2)
    expect(text).not.toContain('Amendments')
    expect(text).toContain('No recommendations were made at this meeting.')
  })

  it('still prints every required part when the chair removed the standing items', async () => {
    const payload = await payloadFor<MinutesPayload>('minutes', seed.meetingId)
    payload.meeting.items = []
    const article = await renderPrint('minutes', payload)
    const sections = within(article)
      .getAllByRole('heading', { level: 2 })
      .map((heading) => heading.textContent)
    expect(sections).toEqual(
      expect.arrayContaining([
        'Approval of previous minutes',
        'Near misses reviewed since the last meeting',
        'Investigations reviewed',
        'Open corrective actions',
        'Trends',
        'Feedback to staff: you said, we did',
        'Next meeting',
        'Recommendations of this meeting'
      ])
    )
    expect(textOf(article)).toContain('Status of earlier recommendations')
  })

  it('says "error" to the host for a payload of the wrong shape', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const payload = await payloadFor<MinutesPayload>('minutes', seed.meetingId)
    await renderPrint('minutes', { ...payload, meeting: { ...payload.meeting, review: null } })
    expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('error')
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(String(logged.mock.calls[0]?.[0])).toContain('unexpected shape')
    logged.mockRestore()
  })
})

describe('agenda print view', () => {
  it('numbers the items with their times and summarises the review under each', async () => {
    const payload = await payloadFor<AgendaPayload>('agenda', seed.meetingId)
    const article = await renderPrint('agenda', payload)
    expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('true')
    expect(screen.getByRole('heading', { level: 1, name: 'Safety committee meeting — agenda' })).toBeTruthy()
    const text = textOf(article)
    for (const part of [
      'Thursday, March 12, 2026',
      'Library, room 210',
      'Dana Lee',
      'Kim Nguyen',
      'February 6, 2026 to March 12, 2026',
      '1.Call to order and attendance',
      '9.Next meeting',
      '10 reports, 9 events',
      `Critical: ${seed.codes.bus}`,
      `${seed.codes.glassware} (+${seed.codes.glasswareDuplicate})`,
      'Stair fountain leak (NM-2026-0004) — cause identified: yes; corrected: yes',
      'Overdue: 1 · Due soon: 1 · Done, awaiting check: 1 · Open in all: 3',
      'Reports per month:',
      'Mar 2026: 9',
      'Total time: 62 min'
    ]) {
      expect(text).toContain(part)
    }
    const rows = within(article).getAllByRole('row')
    expect(textOf(rows.find((row) => row.textContent?.includes('Near misses reported'))!)).toContain('15 min')
  })
})

describe('staff bulletin print view', () => {
  it('shows counts, receipt codes with feedback and checked fixes, and no names or places', async () => {
    const payload = await payloadFor<BulletinPayload>('bulletin', seed.meetingId)
    const article = await renderPrint('bulletin', payload)
    expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('true')
    expect(screen.getByRole('heading', { level: 1, name: 'You said, we did' })).toBeTruthy()
    const text = textOf(article)
    expect(text).toContain('10reports received')
    expect(text).toContain('3reports answered and closed')
    expect(text).toContain('1fix checked and working')
    for (const code of [seed.codes.stairs, seed.codes.long, seed.codes.library]) expect(text).toContain(code)
    expect(text).toContain('the stairs now stay dry')
    expect(text).toContain('Repair the fountain drain and fit a drip tray')
    const identifying = [...REPORTER_NAMES, ...PLACE_DETAILS, ...Object.values(seed.members), 'Hallway / stairs', 'Library, room 210', 'Science lab']
    expect(identifying.filter((part) => text.includes(part))).toEqual([])
  })

  it('cuts long lists and counts the rest, so it stays one page', async () => {
    const payload = await payloadFor<BulletinPayload>('bulletin', seed.meetingId)
    const closed = Array.from({ length: 14 }, (_, index) => ({ refCode: `NM-2026-01${String(index).padStart(2, '0')}`, categoryName: 'Chemical', closedOn: TODAY, feedbackToStaff: `Fix number ${index}.` }))
    const text = textOf(await renderPrint('bulletin', { ...payload, closed, counts: { ...payload.counts, closed: 14 } }))
    expect(text).toContain('NM-2026-0109')
    expect(text).not.toContain('NM-2026-0110')
    expect(text).toContain('…and 4 more. Ask any member of the Staff Safety Committee for the full list.')
  })
})
