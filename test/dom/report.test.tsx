import { cleanup, screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentHost } from '../../src/main/services/documents/host'
import { en } from '../../src/shared/i18n/en'
import { createBackendApi, type BackendApi } from './backendApi'
import { renderApp } from './renderApp'

/**
 * "Report a near miss" on the real backend (temp SQLite file): what is stored is checked
 * through the same api the screen uses, so "nothing saved" means nothing in the database.
 */
let backend: BackendApi | undefined
let tempDir: string | undefined

afterEach(() => {
  cleanup() // unmount first: leaving the form flushes its draft through the backend
  backend?.close()
  backend = undefined
  if (tempDir) rmSync(tempDir, { recursive: true, force: true })
  tempDir = undefined
})

const PAST_DATE = '2025-10-06'

function openReport(options: { documentHost?: DocumentHost } = {}) {
  backend ??= createBackendApi(options)
  window.api = backend.api
  return { ...renderApp({ hash: '#/report', withoutApi: true }), b: backend }
}

const storedReports = async (b: BackendApi) => {
  const result = await b.api['reports:list']({})
  if (!result.ok) throw new Error(`reports:list failed: ${result.error.code}`)
  return result.data
}

/** The text an element's aria-describedby points at. */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(user: UserEvent, target: HTMLElement, maxPresses = 80) {
  for (let presses = 0; presses < maxPresses && document.activeElement !== target; presses += 1) await user.tab()
  expect(document.activeElement, 'Tab never reached the control').toBe(target)
}

const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement
const whatHappened = () => screen.findByLabelText('What happened?', { exact: true }) as Promise<HTMLTextAreaElement>

describe('Report a near miss: the form', () => {
  it('labels every field as the paper form does and marks only date, place and what happened as required', async () => {
    openReport()
    await whatHappened()
    for (const label of Object.values(en.reports.fields).filter((text) => text !== en.reports.fields.involved && text !== en.reports.fields.conditionIds)) {
      expect(screen.getByLabelText(label, { exact: true })).toBeTruthy()
    }
    expect(screen.getByRole('group', { name: 'Who was involved?' })).toBeTruthy()
    expect(screen.getByRole('group', { name: 'Conditions that made it possible' })).toBeTruthy()
    // Conditions are grouped by fishbone branch, each group named.
    expect(screen.getByRole('group', { name: 'Environment & layout' })).toBeTruthy()
    expect(within(screen.getByRole('group', { name: 'Procedures & time' })).getByLabelText('Time pressure that encourages rushing')).toBeTruthy()

    const required = screen.getAllByRole('textbox').concat(screen.getAllByRole('combobox')).filter((el) => (el as HTMLInputElement).required)
    expect(required.map((el) => el.getAttribute('id')?.split('-').pop()).sort()).toEqual(['locationId', 'whatHappened'])
    expect(field('When did it happen?').required).toBe(true)
    expect(field('When did it happen?').value).toMatch(/^\d{4}-\d{2}-\d{2}$/) // today
    expect(screen.getAllByText('required')).toHaveLength(3)
    expect(screen.getByText(en.reports.intake.intro)).toBeTruthy()
  })

  it('refuses a form without date, place or what happened: messages by the fields, a summary, focus, nothing saved', async () => {
    const { user, b } = openReport()
    await whatHappened()
    await user.clear(field('When did it happen?'))
    await user.click(screen.getByRole('button', { name: 'Save report' }))

    const date = field('When did it happen?')
    await waitFor(() => expect(date.getAttribute('aria-invalid')).toBe('true'))
    expect(descriptionOf(date)).toContain(en.validation.dateRequired)
    expect(descriptionOf(field('Where?'))).toContain(en.validation.locationRequired)
    expect(descriptionOf(field('What happened?'))).toContain(en.validation.whatHappenedRequired)
    expect(document.activeElement).toBe(date)

    const summary = screen.getByText(en.reports.intake.errorSummary).parentElement as HTMLElement
    const links = within(summary).getAllByRole('link').map((link) => link.textContent)
    expect(links).toEqual([
      `When did it happen? — ${en.validation.dateRequired}`,
      `Where? — ${en.validation.locationRequired}`,
      `What happened? — ${en.validation.whatHappenedRequired}`
    ])
    await user.click(within(summary).getByRole('link', { name: /^What happened\?/ }))
    expect(document.activeElement).toBe(field('What happened?'))
    expect(window.location.hash).toBe('#/report')

    expect((await storedReports(b)).total).toBe(0)
    expect(screen.queryByText(/Your receipt code/)).toBeNull()
  })

  it('files a report with the keyboard alone: Ctrl+Enter saves and the receipt takes focus', async () => {
    const { user, b } = openReport()
    const text = await whatHappened()
    const where = field('Where?')
    await tabTo(user, where)
    // jsdom has no keyboard model for <select>; the real keyboard path is in test/e2e/intake.
    await user.selectOptions(where, 'Gym / weight room')
    await tabTo(user, text)
    await user.keyboard('A stack of mats leaned against the wall slid when the door opened.')
    await tabTo(user, screen.getByRole('checkbox', { name: 'Crowded or poorly designed workspace' }))
    await user.keyboard(' ')
    await user.keyboard('{Control>}{Enter}{/Control}')

    const heading = await screen.findByRole('heading', { name: en.reports.receipt.heading })
    expect(document.activeElement).toBe(heading)
    const receipt = heading.closest('section') as HTMLElement
    const code = within(receipt).getByText(/^NM-\d{4}-0001$/).textContent
    expect(receipt.textContent).toContain(`Your receipt code: ${code}`)
    expect(receipt.textContent).toContain(en.reports.receipt.keep)

    const stored = await storedReports(b)
    expect(stored.total).toBe(1)
    expect(stored.rows[0]).toMatchObject({ refCode: code, locationName: 'Gym / weight room', whatHappened: 'A stack of mats leaned against the wall slid when the door opened.' })
    const detail = await b.api['reports:get']({ id: stored.rows[0]!.id })
    expect(detail.ok && detail.data.conditionIds).toHaveLength(1)
    // Saved means the draft is gone.
    await waitFor(async () => expect(await b.api['drafts:get']({ key: 'reportIntake' })).toEqual({ ok: true, data: null }))

    await user.click(screen.getByRole('button', { name: en.reports.receipt.another }))
    expect(document.activeElement).toBe(field('When did it happen?'))
    expect(field('What happened?').value).toBe('')
  })

  it('restores a draft after the page is left and opened again, and Clear form empties it', async () => {
    const { user, b, unmount } = openReport()
    await user.type(await whatHappened(), 'Water on the floor by the science sink')
    await waitFor(() => expect(b.calls.some((call) => call.channel === 'drafts:save')).toBe(true), { timeout: 2000 })
    unmount()

    openReport()
    expect((await whatHappened()).value).toBe('Water on the floor by the science sink')
    expect(screen.getByText(en.reports.intake.draftRestored)).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Clear form' }))
    expect(field('What happened?').value).toBe('')
    expect(screen.queryByText(en.reports.intake.draftRestored)).toBeNull()
    expect(document.activeElement).toBe(field('When did it happen?'))
    await waitFor(async () => expect(await b.api['drafts:get']({ key: 'reportIntake' })).toEqual({ ok: true, data: null }))
  })

  it('keeps the draft when the window is hidden before the autosave delay', async () => {
    const { user, b } = openReport()
    await user.type(await whatHappened(), 'Cart tipped')
    window.dispatchEvent(new Event('pagehide'))
    // Well inside the 500 ms autosave delay: only the pagehide save can have stored it.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await b.api['drafts:get']({ key: 'reportIntake' })).toMatchObject({ ok: true, data: { values: { whatHappened: 'Cart tipped' } } })
  })

  it('report anonymously clears and disables the name, and stores none', async () => {
    const { user, b } = openReport()
    await whatHappened()
    const name = field('Your name (optional)')
    await user.type(name, 'Pat Jones')
    await user.click(screen.getByRole('checkbox', { name: 'Report anonymously' }))
    expect(name.value).toBe('')
    expect(name.disabled).toBe(true)

    await user.selectOptions(field('Where?'), 'Library')
    await user.type(field('What happened?'), 'Shelf wobbled')
    await user.click(screen.getByRole('button', { name: 'Save report' }))
    await screen.findByRole('heading', { name: en.reports.receipt.heading })
    const { rows } = await storedReports(b)
    const detail = await b.api['reports:get']({ id: rows[0]!.id })
    expect(detail).toMatchObject({ ok: true, data: { reporterName: null, reporterAnonymous: true } })
  })

  it('warns, without blocking, when text names a person or blames one', async () => {
    const { user, b } = openReport()
    const text = await whatHappened()
    await user.type(text, 'Mr. Smith was careless in the Science Lab')

    const name = await screen.findByText('This may name a person (“Mr. Smith”). Describe roles instead, e.g. “a 7th-grade student”.')
    const blame = screen.getByText('“careless” points at a person. Try describing the conditions: what made this possible?')
    const region = name.closest('[role="status"]') as HTMLElement
    expect(region).toBe(blame.closest('[role="status"]'))
    expect(descriptionOf(text)).toContain('Mr. Smith')
    // "Science Lab" is a place in the school's list, not a person.
    expect(screen.queryByText(/“Science Lab”/)).toBeNull()

    await user.selectOptions(field('Where?'), 'Hallway / stairs')
    await user.click(screen.getByRole('button', { name: 'Save report' }))
    await screen.findByRole('heading', { name: en.reports.receipt.heading })
    expect((await storedReports(b)).total).toBe(1)
  })

  it('paper entry mode keeps date and place, returns to What happened? and lists the codes', async () => {
    const { user, b } = openReport()
    await whatHappened()
    await user.click(screen.getByRole('checkbox', { name: en.reports.intake.paperMode }))
    const date = field('When did it happen?')
    await user.clear(date)
    await user.type(date, PAST_DATE)
    await user.selectOptions(field('Where?'), 'Cafeteria / kitchen')

    await user.type(field('What happened?'), 'Tray cart rolled on the ramp')
    await user.type(field('Students'), '3')
    await user.keyboard('{Control>}{Enter}{/Control}')
    const first = await screen.findByText(/^Saved NM-\d{4}-0001\. Ready for the next card\.$/)
    expect(first.getAttribute('role')).toBe('status')
    expect(document.activeElement).toBe(field('What happened?'))
    expect(field('What happened?').value).toBe('')
    expect(field('Students').value).toBe('')
    expect(field('When did it happen?').value).toBe(PAST_DATE)
    expect((field('Where?') as unknown as HTMLSelectElement).selectedOptions[0]?.textContent).toBe('Cafeteria / kitchen')

    await user.keyboard('Spilled milk by the dish return')
    await user.keyboard('{Control>}{Enter}{/Control}')
    await screen.findByText(/^Saved NM-\d{4}-0002\./)
    const list = screen.getByRole('list', { name: en.reports.intake.sessionList })
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/-0001$/),
      expect.stringMatching(/-0002$/)
    ])

    const { rows } = await storedReports(b)
    expect(rows.map((row) => [row.occurredOn, row.locationName])).toEqual([
      [PAST_DATE, 'Cafeteria / kitchen'],
      [PAST_DATE, 'Cafeteria / kitchen']
    ])
    // Kept date and place are not a draft worth restoring.
    await waitFor(async () => expect(await b.api['drafts:get']({ key: 'reportIntake' })).toEqual({ ok: true, data: null }))
  })

  it('refuses a date in the future with main’s message and saves nothing', async () => {
    const { user, b } = openReport()
    await whatHappened()
    const date = field('When did it happen?')
    await user.clear(date)
    await user.type(date, '2999-01-01')
    await user.selectOptions(field('Where?'), 'Library')
    await user.type(field('What happened?'), 'Book cart tipped')
    await user.click(screen.getByRole('button', { name: 'Save report' }))
    await waitFor(() => expect(descriptionOf(date)).toContain(en.validation.dateInFuture))
    expect(document.activeElement).toBe(date)
    expect((await storedReports(b)).total).toBe(0)
  })
})

describe('Report a near miss: blank paper form', () => {
  const host = (save: (dir: string) => string): DocumentHost => {
    tempDir = mkdtempSync(join(tmpdir(), 'close-call-blank-form-'))
    const dir = tempDir
    return {
      printToPdf: async (kind) => new TextEncoder().encode(`%PDF-1.7 ${kind}`),
      chooseSavePath: async () => save(dir)
    }
  }

  it('exports the blank form and says where it went', async () => {
    const { user, b } = openReport({ documentHost: host((dir) => join(dir, 'form.pdf')) })
    await whatHappened()
    await user.click(screen.getByRole('button', { name: 'Print blank paper form (PDF)' }))
    const saved = await screen.findByText(`Saved to ${join(tempDir!, 'form.pdf')}`)
    expect(saved.getAttribute('role')).toBe('status')
    expect(readFileSync(join(tempDir!, 'form.pdf'), 'utf8')).toBe('%PDF-1.7 intakeForm')
    expect(b.calls.filter((call) => call.channel === 'documents:exportPdf')).toEqual([
      { channel: 'documents:exportPdf', input: { document: 'intakeForm' } }
    ])
  })

  it('says plainly why the file could not be written', async () => {
    const { user } = openReport({ documentHost: host((dir) => join(dir, 'missing-folder', 'form.pdf')) })
    await whatHappened()
    await user.click(screen.getByRole('button', { name: 'Print blank paper form (PDF)' }))
    expect(await screen.findByText(`${en.errors.IO_ERROR} ${en.errors.file.noFolder}`)).toBeTruthy()
  })
})
