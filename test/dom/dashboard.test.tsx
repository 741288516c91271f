import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/renderer/src/App'
import { buildTrends, lastMonths } from '../../src/renderer/src/pages/dashboard/trends'
import { createI18n } from '../../src/renderer/src/i18n'
import { createBackendApi, type BackendApi } from './backendApi'
import { createFakeApi } from './fakeApi'
import { missingKeys } from './missingKeys'

/**
 * The dashboard over the real backend: trends for the last six months counted from the reports
 * themselves, same events once, and an honest empty state.
 */
const NOW = '2026-03-12T15:00:00.000Z'

let backend: BackendApi | undefined

beforeEach(() => {
  // Only Date is faked: the page's "last six months" and the backend's filing clock agree.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(NOW))
})

afterEach(() => {
  vi.useRealTimers()
  backend?.close()
  backend = undefined
})

function renderDashboard(api: BackendApi['api']) {
  window.history.replaceState(null, '', '/#/dashboard')
  window.api = api
  const i18n = createI18n({ onMissingKey: (key) => missingKeys.push(key) })
  render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  )
  return userEvent.setup()
}

async function seedReports(filedOn: string[]) {
  // The backend's clock dates each report's filing; move it to each report's day, then back.
  let clockAt = Date.parse(NOW)
  backend = createBackendApi({ now: () => new Date((clockAt += 1000)) })
  const call = async (channel: 'settings:update' | 'lists:list' | 'reports:create' | 'reports:linkSameEvent', input: unknown) => {
    const result = await backend!.backend.dispatch(channel, input)
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    return result.data as never
  }
  await call('settings:update', { schoolName: 'Lincoln Middle School' })
  const locations: Array<{ id: number; name: string }> = await call('lists:list', { kind: 'locations' })
  const categories: Array<{ id: number; name: string }> = await call('lists:list', { kind: 'categories' })
  const ids: number[] = []
  for (const [index, day] of filedOn.entries()) {
    clockAt = Date.parse(`${day}T16:00:00.000Z`)
    const created: { id: number } = await call('reports:create', {
      occurredOn: day,
      locationId: locations[index % 2]!.id,
      categoryId: index === 1 ? null : categories[1]!.id,
      whatHappened: `Near miss number ${index + 1}`
    })
    ids.push(created.id)
  }
  clockAt = Date.parse(NOW)
  return { ids, call, locations, categories }
}

describe('dashboard', () => {
  it('charts the last six months from the reports, counting same events once', async () => {
    const { ids, call, locations, categories } = await seedReports(['2025-08-20', '2025-10-03', '2026-01-15', '2026-03-02', '2026-03-05', '2026-03-10'])
    await call('reports:linkSameEvent', { id: ids[5], sameAsId: ids[4] })
    renderDashboard(backend!.api)

    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeTruthy()
    expect(await screen.findByText('5 reports filed; 4 events once reports of the same event are counted together.')).toBeTruthy()
    expect(screen.getByText('From October 2025 to March 2026:')).toBeTruthy()

    const monthly = screen.getByRole('heading', { level: 2, name: 'Near misses reported per month' }).closest('figure') as HTMLElement
    expect(monthly.querySelector('figcaption')?.textContent).toContain('More reports means people are speaking up')
    const table = within(monthly).getByRole('table', { hidden: true })
    const cells = within(table)
      .getAllByRole('row', { hidden: true })
      .slice(1)
      .map((row) => row.textContent)
    expect(cells).toEqual(['October 20251', 'November 20250', 'December 20250', 'January 20261', 'February 20260', 'March 20262'])

    const byPlace = screen.getByRole('heading', { level: 2, name: 'Near misses by place' }).closest('figure') as HTMLElement
    const placeRows = within(byPlace).getAllByRole('row', { hidden: true }).slice(1)
    expect(placeRows.map((row) => row.textContent)).toEqual([`${locations[1]!.name}2`, `${locations[0]!.name}2`].sort((a, b) => a.localeCompare(b)))
    const byCategory = screen.getByRole('heading', { level: 2, name: 'Near misses by hazard category' }).closest('figure') as HTMLElement
    expect(within(byCategory).getAllByRole('row', { hidden: true }).slice(1).map((row) => row.textContent)).toEqual([`${categories[1]!.name}3`, 'No category1'])
    expect(screen.getByRole('link', { name: 'Go to Meetings' }).getAttribute('href')).toBe('#/meetings')
  })

  it('says so when nothing was reported, and points to the report form', async () => {
    await seedReports(['2025-06-01'])
    renderDashboard(backend!.api)
    const empty = (await screen.findByText('No near misses have been reported in the last six months.')).parentElement as HTMLElement
    expect(within(empty).getByRole('link', { name: 'Report a near miss' }).getAttribute('href')).toBe('#/report')
    expect(screen.queryByRole('figure')).toBeNull()
  })

  it('explains a failure and tries again', async () => {
    const fake = createFakeApi({ settings: { schoolName: 'Lincoln Middle School' } })
    const user = renderDashboard(fake.api)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('The trends could not be loaded.')
    const before = fake.calls.filter((c) => c.channel === 'reports:list').length
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    await screen.findByRole('alert')
    expect(fake.calls.filter((c) => c.channel === 'reports:list').length).toBeGreaterThan(before)
  })
})

describe('trend arithmetic', () => {
  it('takes six whole months ending this month, in UTC as reports are filed', () => {
    expect(lastMonths(new Date('2026-01-31T23:30:00Z'))).toEqual(['2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01'])
  })

  it('counts a report linked to another as the same event once, and leaves out other months', () => {
    const row = (createdAt: string, sameEventAsId: number | null = null, categoryName: string | null = 'Chemical') => ({ createdAt, sameEventAsId, categoryName, locationName: 'Gym' })
    const trends = buildTrends([row('2026-03-01T10:00:00Z'), row('2026-03-02T10:00:00Z', 1), row('2026-02-02T10:00:00Z', null, null), row('2025-09-30T23:00:00Z')], ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'], 'No category')
    expect(trends).toMatchObject({ reports: 3, events: 2 })
    expect(trends.monthly.map((m) => m.count)).toEqual([0, 0, 0, 0, 1, 1])
    expect(trends.byCategory).toEqual([
      { name: 'Chemical', count: 1 },
      { name: 'No category', count: 1 }
    ])
    expect(trends.byLocation).toEqual([{ name: 'Gym', count: 2 }])
  })
})
