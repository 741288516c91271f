import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PRINT_READY_ATTRIBUTE, type IntakeFormPayload } from '../../src/shared/documents/printDocuments'
import { TIME_SLOTS } from '../../src/shared/domain/defaults'
import { en } from '../../src/shared/i18n/en'
import { createFakeApi } from './fakeApi'
import { renderApp } from './renderApp'

const PAYLOAD: IntakeFormPayload = {
  schoolName: 'Maple Grove Middle School',
  committeeName: 'Safety Committee',
  locations: ['Science lab / prep room', 'Gym / weight room', '<img src=x onerror=alert(1)>'],
  categories: ['Chemical', 'Slips, trips and falls'],
  timeSlots: [...TIME_SLOTS],
  conditionsByBranch: [
    { branch: 'environment', conditions: ['Poor lighting or visibility'] },
    { branch: 'procedures', conditions: ['Time pressure that encourages rushing'] }
  ]
}

/** A fetch that serves one token's payload once, as the hosts do. */
function serve(token: string, payload: unknown) {
  let served = false
  const fetchMock = vi.fn(async (url: string) => {
    if (url !== `print-data/${token}.json` || served) return new Response('Not found', { status: 404 })
    served = true
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE)
})

const ready = () => waitFor(() => expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).not.toBeNull())

describe('print view: blank intake form', () => {
  it('renders the paper form from its one-time data, without the app frame or the api', async () => {
    const fetchMock = serve('tok-1', PAYLOAD)
    const fake = createFakeApi()
    renderApp({ hash: '#/print/intakeForm?data=tok-1', fake })

    const heading = await screen.findByRole('heading', { level: 1, name: 'Near-miss report' })
    await ready()
    expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('true')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(fake.calls).toEqual([])
    expect(screen.queryByRole('navigation')).toBeNull()
    expect(screen.queryByText('Skip to main content')).toBeNull()

    const form = heading.closest('article') as HTMLElement
    const text = form.textContent ?? ''
    expect(text).toContain('Maple Grove Middle School · Safety Committee')
    expect(text).toContain(en.reports.paperForm.required)
    expect(text).toContain(en.reports.paperForm.footer)
    // The questions in the on-screen form's words and order.
    const order = [
      'When did it happen?',
      'School time slot',
      'Where?',
      'Location details',
      'Hazard category',
      'What happened?',
      'What could have happened?',
      'What stopped it from becoming an injury?',
      'Who was involved?',
      'Roles (no names)',
      'Conditions that made it possible',
      'Immediate action taken',
      'Your name (optional)',
      'Report anonymously',
      'Your role'
    ]
    const positions = order.map((label) => text.indexOf(label))
    expect(positions.every((position) => position >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)

    // Tick boxes for the school's lists; branch names head the conditions.
    for (const label of ['Gym / weight room', 'Chemical', 'Recess', 'Dismissal / bus loop', 'Poor lighting or visibility']) {
      expect(within(form).getByText(label)).toBeTruthy()
    }
    expect(within(form).getByText('Procedures & time')).toBeTruthy()
    // A list entry that looks like markup is printed as the text it is.
    expect(within(form).getByText('<img src=x onerror=alert(1)>')).toBeTruthy()
    expect(form.querySelector('img')).toBeNull()
    expect(document.title).toBe('Near-miss report — Maple Grove Middle School')
  })

  it('says "error" to the host when its data cannot be fetched', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    serve('other', PAYLOAD)
    renderApp({ hash: '#/print/intakeForm?data=gone', fake: createFakeApi() })
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', en.reports.paperForm.loadFailed)
    await ready()
    expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('error')
    expect(String(logged.mock.calls[0]?.[0])).toContain('HTTP 404')
  })

  it('says "error" for data of the wrong shape instead of printing a half-empty form', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    serve('tok-2', { schoolName: 'Maple Grove' })
    renderApp({ hash: '#/print/intakeForm?data=tok-2', fake: createFakeApi() })
    await ready()
    expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('error')
    expect(screen.queryByRole('heading', { name: 'Near-miss report' })).toBeNull()
    expect(String(logged.mock.calls[0]?.[0])).toContain('unexpected shape')
  })

  it('is not a print route without a data token, or for a document it has no view for', async () => {
    const fetchMock = serve('x', PAYLOAD)
    renderApp({ hash: '#/print/intakeForm', fake: createFakeApi({ settings: { schoolName: 'Maple Grove' } }) })
    expect(await screen.findByRole('navigation', { name: 'Main' })).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
    expect(document.documentElement.hasAttribute(PRINT_READY_ATTRIBUTE)).toBe(false)
  })
})
