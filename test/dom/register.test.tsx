import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { idOf, listCalls, renderWithBackend, seedBackend, type Seeded } from './registerTestKit'

let seeded: Seeded | undefined
afterEach(() => seeded?.backend.close())

async function threeReports() {
  seeded = await seedBackend()
  const { call, ids } = seeded
  const cart = await call('reports:create', {
    occurredOn: '2026-02-20',
    locationId: idOf(ids.locations, 'CTE shop'),
    categoryId: idOf(ids.categories, 'Falling or tipping objects'),
    whatHappened: 'A loaded cart tipped on the ramp but did not fall'
  })
  const ladder = await call('reports:create', {
    occurredOn: '2026-02-10',
    locationId: idOf(ids.locations, 'Gym / weight room'),
    categoryId: idOf(ids.categories, 'Slips, trips and falls'),
    whatHappened: 'Ladder left open across the doorway during passing period'
  })
  const spill = await call('reports:create', {
    occurredOn: '2026-01-15',
    locationId: idOf(ids.locations, 'Science lab / prep room'),
    whatHappened: 'Acid bottle stored above eye level slipped from the shelf'
  })
  await call('reports:triage', { id: cart.id, severity: 4, likelihood: 4, decision: 'investigate' })
  await call('reports:triage', { id: ladder.id, severity: 2, likelihood: 2, decision: 'logAndMonitor' })
  return { cart, ladder, spill }
}

const rowTexts = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('rowheader')[0]?.textContent)

describe('Register', () => {
  it('lists reports newest first with place, category, risk and status in words', async () => {
    const { cart, ladder, spill } = await threeReports()
    renderWithBackend(seeded!, '#/register')

    expect(await screen.findByRole('heading', { level: 1, name: 'Register' })).toBeTruthy()
    expect(await screen.findByText('Showing 1–3 of 3')).toBeTruthy()
    expect(rowTexts()).toEqual([cart.refCode, ladder.refCode, spill.refCode])
    const cartRow = screen.getByRole('link', { name: cart.refCode }).closest('tr')!
    expect(within(cartRow).getByText('CTE shop')).toBeTruthy()
    expect(within(cartRow).getByText('Falling or tipping objects')).toBeTruthy()
    expect(within(cartRow).getByText('High')).toBeTruthy()
    expect(within(cartRow).getByText('Triaged')).toBeTruthy()
    const spillRow = screen.getByRole('link', { name: spill.refCode }).closest('tr')!
    expect(within(spillRow).getByText('Not triaged')).toBeTruthy()
    expect(screen.getByRole('link', { name: cart.refCode }).getAttribute('href')).toBe(`#/reports/${cart.id}`)
    expect(listCalls(seeded!.backend)[0]).toEqual({ sort: 'occurredOn', direction: 'desc', offset: 0, limit: 50 })
  })

  it('filters by risk, status, place, category and dates, asking main with the right query', async () => {
    const { cart, ladder } = await threeReports()
    const { user } = renderWithBackend(seeded!, '#/register')
    await screen.findByText('Showing 1–3 of 3')
    const risk = screen.getByRole('group', { name: 'Risk level' })

    await user.click(within(risk).getByRole('checkbox', { name: 'High' }))
    expect(await screen.findByText('Showing 1–1 of 1')).toBeTruthy()
    expect(rowTexts()).toEqual([cart.refCode])
    expect(listCalls(seeded!.backend).at(-1)).toMatchObject({ riskLevels: ['high'], offset: 0 })
    expect(window.location.hash).toBe('#/register?risk=high')

    await user.click(within(risk).getByRole('checkbox', { name: 'Low' }))
    expect(await screen.findByText('Showing 1–2 of 2')).toBeTruthy()
    expect(listCalls(seeded!.backend).at(-1)).toMatchObject({ riskLevels: ['high', 'low'] })

    await user.selectOptions(screen.getByLabelText('Place'), 'Gym / weight room')
    expect(await screen.findByText('Showing 1–1 of 1')).toBeTruthy()
    expect(rowTexts()).toEqual([ladder.refCode])
    expect(listCalls(seeded!.backend).at(-1)).toMatchObject({
      riskLevels: ['high', 'low'],
      locationId: idOf(seeded!.ids.locations, 'Gym / weight room')
    })

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(await screen.findByText('Showing 1–3 of 3')).toBeTruthy()

    await user.selectOptions(screen.getByLabelText('Hazard category'), 'Slips, trips and falls')
    await waitFor(() => expect(rowTexts()).toEqual([ladder.refCode]))
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))

    await user.click(within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', { name: 'New' }))
    await waitFor(() => expect(rowTexts()).toHaveLength(1))
    expect(listCalls(seeded!.backend).at(-1)).toMatchObject({ statuses: ['new'] })
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))

    await user.type(screen.getByLabelText('From'), '2026-02-01')
    await waitFor(() => expect(rowTexts()).toEqual([cart.refCode, ladder.refCode]))
    expect(listCalls(seeded!.backend).at(-1)).toMatchObject({ from: '2026-02-01' })
    await user.type(screen.getByLabelText('To'), '2026-02-15')
    await waitFor(() => expect(rowTexts()).toEqual([ladder.refCode]))
    expect(listCalls(seeded!.backend).at(-1)).toMatchObject({ from: '2026-02-01', to: '2026-02-15' })
  })

  it('reads its filters from the hash, so a reload or Back shows the same list', async () => {
    const { cart } = await threeReports()
    renderWithBackend(seeded!, '#/register?risk=high,critical&sort=riskLevel&q=cart')
    expect(await screen.findByText('Showing 1–1 of 1')).toBeTruthy()
    expect(rowTexts()).toEqual([cart.refCode])
    expect(screen.getByLabelText('Search reports')).toHaveProperty('value', 'cart')
    expect(screen.getByRole('checkbox', { name: 'High' })).toHaveProperty('checked', true)
    expect(screen.getByRole('checkbox', { name: 'Critical' })).toHaveProperty('checked', true)
    expect(screen.getByRole('columnheader', { name: /Risk/ }).getAttribute('aria-sort')).toBe('descending')
    expect(listCalls(seeded!.backend)[0]).toEqual({
      riskLevels: ['critical', 'high'],
      text: 'cart',
      sort: 'riskLevel',
      direction: 'desc',
      offset: 0,
      limit: 50
    })
  })

  it('finds a report by a word from what happened, debounced, with prefix matching', async () => {
    const { ladder } = await threeReports()
    const { user } = renderWithBackend(seeded!, '#/register')
    await screen.findByText('Showing 1–3 of 3')
    const callsBefore = listCalls(seeded!.backend).length

    await user.type(screen.getByRole('searchbox', { name: 'Search reports' }), 'doorw')
    expect(await screen.findByText('Showing 1–1 of 1')).toBeTruthy()
    expect(rowTexts()).toEqual([ladder.refCode])
    // One query after typing paused, not one per key.
    const searches = listCalls(seeded!.backend).slice(callsBefore)
    expect(searches).toHaveLength(1)
    expect(searches[0]).toMatchObject({ text: 'doorw', offset: 0 })
    expect(window.location.hash).toBe('#/register?q=doorw')
  })

  it('sorts by a column header button and says so with aria-sort', async () => {
    const { cart, ladder, spill } = await threeReports()
    const { user } = renderWithBackend(seeded!, '#/register')
    await screen.findByText('Showing 1–3 of 3')
    expect(screen.getByRole('columnheader', { name: /Date/ }).getAttribute('aria-sort')).toBe('descending')

    await user.click(screen.getByRole('button', { name: /Risk/ }))
    await waitFor(() => expect(rowTexts()).toEqual([cart.refCode, ladder.refCode, spill.refCode]))
    expect(screen.getByRole('columnheader', { name: /Risk/ }).getAttribute('aria-sort')).toBe('descending')
    expect(screen.getByRole('columnheader', { name: /Date/ }).getAttribute('aria-sort')).toBeNull()

    await user.click(screen.getByRole('button', { name: /Risk/ }))
    await waitFor(() => expect(rowTexts()).toEqual([spill.refCode, ladder.refCode, cart.refCode]))
    expect(screen.getByRole('columnheader', { name: /Risk/ }).getAttribute('aria-sort')).toBe('ascending')
    expect(listCalls(seeded!.backend).at(-1)).toMatchObject({ sort: 'riskLevel', direction: 'asc' })
  })

  it('pages 50 at a time with Previous and Next', async () => {
    seeded = await seedBackend()
    const locationId = idOf(seeded.ids.locations, 'Classroom')
    for (let n = 1; n <= 120; n += 1) {
      await seeded.call('reports:create', { occurredOn: '2026-02-01', locationId, whatHappened: `Chair number ${n} wobbled` })
    }
    const { user } = renderWithBackend(seeded, '#/register')
    expect(await screen.findByText('Showing 1–50 of 120')).toBeTruthy()
    expect(rowTexts()).toHaveLength(50)

    await user.click(screen.getByRole('button', { name: 'Next page' }))
    expect(await screen.findByText('Showing 51–100 of 120')).toBeTruthy()
    await user.click(screen.getByRole('button', { name: 'Next page' }))
    expect(await screen.findByText('Showing 101–120 of 120')).toBeTruthy()
    expect(rowTexts()).toHaveLength(20)
    expect(screen.getByRole('button', { name: 'Next page' }).getAttribute('aria-disabled')).toBe('true')
    expect(listCalls(seeded.backend).at(-1)).toMatchObject({ offset: 100, limit: 50 })
    expect(window.location.hash).toBe('#/register?page=3')

    await user.click(screen.getByRole('button', { name: 'Previous page' }))
    expect(await screen.findByText('Showing 51–100 of 120')).toBeTruthy()
  })

  it('encourages reporting when there are no reports yet', async () => {
    seeded = await seedBackend()
    renderWithBackend(seeded, '#/register')
    expect(await screen.findByRole('heading', { name: 'No near misses reported yet' })).toBeTruthy()
    expect(screen.getByText(/A rising number of reports is good news/)).toBeTruthy()
    const main = screen.getByRole('main')
    expect(within(main).getByRole('link', { name: 'Report a near miss' }).getAttribute('href')).toBe('#/report')
  })

  it('says when nothing matches and offers to clear the filters', async () => {
    await threeReports()
    const { user } = renderWithBackend(seeded!, '#/register?risk=critical')
    expect(await screen.findByText('No reports match these filters.')).toBeTruthy()
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!)
    expect(await screen.findByText('Showing 1–3 of 3')).toBeTruthy()
    expect(window.location.hash).toBe('#/register')
  })

  it('opens a report from the ref code link', async () => {
    const { ladder } = await threeReports()
    const { user } = renderWithBackend(seeded!, '#/register')
    await user.click(await screen.findByRole('link', { name: ladder.refCode }))
    expect(await screen.findByRole('heading', { level: 1, name: `Report ${ladder.refCode}` })).toBeTruthy()
    expect(window.location.hash).toBe(`#/reports/${ladder.id}`)
  })
})
