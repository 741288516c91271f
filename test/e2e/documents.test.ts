import { execFile } from 'node:child_process'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startPreviewServer, type PreviewServer } from '../../scripts/preview/server'
import type { Channel } from '../../src/shared/ipc/channels'
import type { ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract'
import { keepUntil } from '../../src/shared/domain/meetings'
import { makeTempDataDir, removeDataDir } from '../support/dataDir'
import { LONG_TEXT, MARKUP_TEXT, PLACE_DETAILS, REPORTER_NAMES, seedMeetingMonth, shiftDate as shift, type SeededMeetings } from '../support/meetingSeed'
import { artifactsDir, assertRendererBuilt, migrationsFolder, rendererDir } from '../support/paths'
import { pdfPages, pdfText } from '../support/pdfText'
import { rawRequest } from '../support/rawHttp'

/**
 * The meeting documents end to end: a month of data seeded through the preview's IPC endpoint,
 * then the agenda, the minutes and the staff bulletin exported with documents:exportPdf, which
 * prints the real renderer's print views in Chromium. The PDFs' text is checked for everything
 * the state rules require of minutes (DOMAIN.md), and every page is rendered to a PNG in
 * artifacts/ for a person to look at.
 */
const run = promisify(execFile)
const TOKEN_HEADER = 'x-close-call-token'

const ipcCaller = async (preview: PreviewServer) => {
  const origin = preview.url.slice(0, -1)
  const token = /"token":"([\w-]+)"/.exec((await rawRequest(origin, '/__preview/api.js')).body)?.[1] ?? ''
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const response = await rawRequest(origin, '/__preview/ipc', {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ channel, input })
    })
    const result = JSON.parse(response.body) as { ok: boolean; data?: unknown; error?: unknown }
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data as ChannelOutput<C>
  }
}

/** Reading-order text with all runs of whitespace as one space, so a wrapped sentence still matches. */
const flatText = async (file: string): Promise<string> => (await run('pdftotext', [file, '-'], { encoding: 'utf8' })).stdout.replace(/\s+/g, ' ')

/** Each page as artifacts/<name>-<n>.png at 60 dpi; returns the file names. */
const renderPages = async (file: string, name: string): Promise<string[]> => {
  await mkdir(artifactsDir, { recursive: true })
  for (const old of (await readdir(artifactsDir)).filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.png'))) {
    await rm(join(artifactsDir, old))
  }
  await run('pdftoppm', ['-png', '-r', '60', file, join(artifactsDir, name)])
  return (await readdir(artifactsDir)).filter((entry) => entry.startsWith(`${name}-`) && entry.endsWith('.png'))
}

const longDate = (iso: string, style: 'long' | 'full' = 'long') =>
  new Intl.DateTimeFormat('en', { dateStyle: style }).format(new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))))

describe('meeting documents as PDFs', () => {
  let dataDir: string
  let preview: PreviewServer
  let ipc: Awaited<ReturnType<typeof ipcCaller>>
  let seed: SeededMeetings

  const exportPdf = async (document: 'agenda' | 'minutes' | 'bulletin', id: number): Promise<string> => {
    const result = await ipc('documents:exportPdf', { document, id })
    expect(result.saved).toBe(true)
    return result.path!
  }

  beforeAll(async () => {
    assertRendererBuilt()
    dataDir = await makeTempDataDir('e2e-documents')
    preview = await startPreviewServer({ dataDir, rendererDir, migrationsFolder, printReadyTimeoutMs: 20_000 })
    ipc = await ipcCaller(preview)
    // Reports are filed "now" by the backend's clock, dated in UTC, so the meetings are too.
    seed = await seedMeetingMonth(ipc, new Date().toISOString().slice(0, 10))
  })

  afterAll(async () => {
    await preview?.close()
    await removeDataDir(dataDir)
  })

  test('the minutes hold everything the state rules ask for', async () => {
    const file = await exportPdf('minutes', seed.meetingId)
    const pages = await pdfPages(file)
    expect(pages).toBeGreaterThanOrEqual(2)
    expect(pages).toBeLessThanOrEqual(6)
    expect(await renderPages(file, 'documents-minutes')).toHaveLength(pages)
    const text = await flatText(file)

    const required = [
      'Minutes',
      'Lincoln Middle School',
      'Staff Safety Committee',
      // date, time and place
      longDate(seed.today, 'full'),
      '3:30 PM to 4:35 PM',
      'Library, room 210',
      // attendance, chair and recorder
      'Present',
      `${seed.members.chair} (Science lead)`,
      seed.members.present,
      'Absent',
      seed.members.absent,
      'Absent (excused)',
      seed.members.excused,
      'Guests',
      seed.members.guest,
      // approval of previous minutes
      `Minutes of ${longDate(shift(seed.today, -35))} approved at this meeting.`,
      // every item with notes and decisions
      'Call to order and attendance',
      'Called to order at 3:32 PM by the chair. Quorum present.',
      'Investigate the bus lane crossing with the transportation lead.',
      'radios for outdoor duty staff were suggested',
      // near misses reviewed
      'Near misses reported since the last meeting',
      seed.codes.glassware,
      seed.codes.bus,
      MARKUP_TEXT,
      'Falling or tipping objects',
      'Hallway / stairs',
      // investigations: cause identified? corrected?
      'Stair fountain leak',
      'Cause identified: yes; Corrected: yes',
      'Prep room shelving',
      'Cause identified: yes; Corrected: no',
      // recommendations: responsible person, date for management's response
      'Recommendations of this meeting',
      seed.recommendation.text,
      seed.recommendation.owner,
      longDate(seed.recommendation.dueOn),
      // earlier recommendations with responses, open actions
      'Status of earlier recommendations',
      seed.earlier.text,
      seed.earlier.response,
      'Overdue (1)',
      'Move glassware to shelves below shoulder height',
      'Due soon (1)',
      'Anchor the tall shelving unit to the wall',
      'Done, awaiting effectiveness check (1)',
      'Replace the worn barbell collars',
      // trend charts
      'Near misses reported per month',
      'More reports means people are speaking up',
      'Near misses by hazard category',
      'Near misses by place',
      // next meeting
      'Next meeting',
      longDate(shift(seed.today, 28), 'full'),
      seed.nextMeetingNote,
      // posting, retention, amendments, status, signatures
      `Minutes posted: ${seed.posting.where}, ${longDate(seed.posting.on)}`,
      `Keep until ${longDate(keepUntil(seed.today, 3))} (3 years)`,
      `Amendment recorded ${longDate(shift(seed.today, 28))}: ${seed.amendment}`,
      `Approved at the meeting of ${longDate(shift(seed.today, 28))}`,
      `Signature — Chair: ${seed.members.chair}`,
      `Signature — Recorder: ${seed.members.recorder}`,
      'Page 1 of'
    ]
    // Section headings are set in capitals by CSS, so compare without case.
    const lower = text.toLowerCase()
    expect(required.filter((part) => !lower.includes(part.toLowerCase()))).toEqual([])
    expect(text).toMatch(new RegExp(`same event:\\s+${seed.codes.glasswareDuplicate}`))
    const layout = await pdfText(file)
    expect(layout).toMatch(new RegExp(`Chair\\s+${seed.members.chair}`))
    expect(layout).toMatch(new RegExp(`Recorder\\s+${seed.members.recorder}`))
    // The long report is cut in the table, not printed whole.
    expect(text).not.toContain(LONG_TEXT.slice(200, 260))
    expect(text).not.toContain('Draft — not yet approved')
  })

  test('draft minutes of the next meeting: previous minutes approved there, a line for posting', async () => {
    const file = await exportPdf('minutes', seed.nextId)
    const text = await flatText(file)
    expect(text).toContain('Draft — not yet approved')
    expect(text).toContain(`Minutes of ${longDate(seed.today)} approved at this meeting.`)
    expect(text).toContain('Minutes posted: where date')
    expect(await renderPages(file, 'documents-minutes-draft')).not.toHaveLength(0)
  })

  test('the agenda is one page of numbered items, times and a summary of the review', async () => {
    const file = await exportPdf('agenda', seed.meetingId)
    // A full month still fits one sheet (the type may shrink a little to get there).
    expect(await pdfPages(file)).toBe(1)
    expect(await renderPages(file, 'documents-agenda')).toHaveLength(1)
    const text = await flatText(file)
    const required = [
      'Safety committee meeting — agenda',
      'Lincoln Middle School',
      longDate(seed.today, 'full'),
      '3:30 PM to 4:35 PM',
      'Library, room 210',
      seed.members.chair,
      seed.members.recorder,
      '1. Call to order and attendance',
      '9. Next meeting',
      '15 min',
      'Total time: 62 min',
      '10 reports, 9 events',
      `Critical: ${seed.codes.bus}`,
      `High: ${seed.codes.glassware} (+${seed.codes.glasswareDuplicate}), ${seed.codes.stairs}`,
      'Stair fountain leak',
      'Overdue: 1 · Due soon: 1 · Done, awaiting check: 1',
      'Reports per month:',
      `Minutes of ${longDate(shift(seed.today, -35))} — already approved.`
    ]
    expect(required.filter((part) => !text.includes(part))).toEqual([])
  })

  test('the staff bulletin is one page of receipt codes and feedback, with no names or places', async () => {
    const file = await exportPdf('bulletin', seed.meetingId)
    expect(await pdfPages(file)).toBe(1)
    expect(await renderPages(file, 'documents-bulletin')).toHaveLength(1)
    const text = await flatText(file)
    for (const part of ['You said, we did', seed.codes.stairs, seed.codes.long, seed.codes.library, 'the stairs now stay dry', 'Repair the fountain drain and fit a drip tray', 'reports received', 'You may stay anonymous']) {
      expect(text).toContain(part)
    }
    const identifying = [
      ...REPORTER_NAMES,
      ...PLACE_DETAILS,
      ...Object.values(seed.members),
      'Science lab / prep room',
      'Hallway / stairs',
      'Bus loop / parking',
      'Cafeteria / kitchen',
      'Library, room 210'
    ]
    expect(identifying.filter((part) => text.includes(part))).toEqual([])
  })
})
