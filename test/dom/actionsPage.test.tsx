import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { callsOf, createActionWorld, hasFocus, isoInDays, renderAppOnBackend, type ActionWorld } from './actionTestKit'

let world: ActionWorld | undefined
afterEach(() => world?.backend.close())

/** Six actions on one report: two overdue, one due soon, one later, one done, one verified. */
async function seedActions() {
  world = await createActionWorld()
  const { call, reportId, members } = world
  const base = { reportId, successMeasure: 'It holds up at the next walk-through' }
  const make = (description: string, dueIn: number, extra: Record<string, unknown> = {}) =>
    call('actions:create', { ...base, description, controlType: 'engineering', ownerMemberId: members.lee, dueOn: isoInDays(dueIn), ...extra })
  const boxes = await make('Move heavy boxes below shoulder height', -3)
  const ramp = await make('Fit a rail on the loading ramp', -1, { ownerMemberId: members.ortiz, controlType: 'administrative' })
  await call('actions:setStatus', { id: ramp.id, status: 'inProgress' })
  await make('Checklist for closing the shop', 5, { controlType: 'administrative', strength: 'intermediate' })
  await make('Replace the ramp with a level bay', 40, { ownerMemberId: null, ownerName: 'District facilities office', controlType: 'substitution' })
  const mats = await make('Non-slip mats by the sinks', -10, { ownerMemberId: members.ortiz })
  await call('actions:setStatus', { id: mats.id, status: 'done' })
  const goggles = await make('Goggles at every station', -20, { controlType: 'ppe' })
  await call('actions:setStatus', { id: goggles.id, status: 'done' })
  await call('actions:recordCheck', { id: goggles.id, checkedOn: isoInDays(-1), checkResult: 'Worn at every station', effective: true })
  return { boxes, ramp, mats, goggles }
}

const tile = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('section') as HTMLElement
const tileCount = (name: string) => within(tile(name)).getByText(/^\d+$/).textContent
const table = () => screen.getByRole('table', { name: 'Corrective actions' })
const rowNames = () => within(table()).getAllByRole('rowheader').map((cell) => cell.querySelector('.action-row__description')?.textContent)
const rowOf = (description: string) => within(table()).getByRole('rowheader', { name: new RegExp(`^${description}`) }).closest('tr') as HTMLElement
const countText = () => screen.getByText(/^\d+ actions?$|^No actions match/).textContent

describe('Actions page', () => {
  it('shows the three follow-up tiles with counts, then every action, most urgent first', async () => {
    await seedActions()
    renderAppOnBackend(world!, '#/actions')
    await screen.findByRole('table', { name: 'Corrective actions' })
    expect(screen.getByRole('heading', { level: 1, name: 'Actions' })).toBeTruthy()
    expect(tileCount('Overdue')).toBe('2')
    expect(tileCount('Due in the next 14 days')).toBe('1')
    expect(tileCount('Done — awaiting effectiveness check')).toBe('1')
    expect(countText()).toBe('6 actions')
    expect(rowNames()).toEqual([
      'Move heavy boxes below shoulder height',
      'Fit a rail on the loading ramp',
      'Checklist for closing the shop',
      'Non-slip mats by the sinks',
      'Replace the ramp with a level bay',
      'Goggles at every station'
    ])

    const boxes = rowOf('Move heavy boxes below shoulder height')
    expect(within(boxes).getByText('3 days overdue')).toBeTruthy()
    expect(within(boxes).getByText('Ms. Lee')).toBeTruthy()
    expect(within(boxes).getByText('Stronger')).toBeTruthy()
    expect(within(boxes).getByText('Engineering')).toBeTruthy()
    expect(within(rowOf('Fit a rail on the loading ramp')).getByText('1 day overdue')).toBeTruthy()
    expect(within(rowOf('Checklist for closing the shop')).getByText('In 5 days')).toBeTruthy()
    expect(within(rowOf('Replace the ramp with a level bay')).getByText('District facilities office')).toBeTruthy()
    const link = within(boxes).getByRole('link', { name: /^Report NM-\d{4}-0001$/ })
    expect(link.getAttribute('href')).toBe(`#/reports/${world!.reportId}`)
  })

  it('filters by owner, bucket, status and strength, and keeps the filters in the hash', async () => {
    await seedActions()
    const { user } = renderAppOnBackend(world!, '#/actions')
    await screen.findByRole('table', { name: 'Corrective actions' })
    await screen.findByRole('option', { name: 'District facilities office' })

    await user.selectOptions(screen.getByLabelText('Owner'), 'Ms. Lee')
    await vi.waitFor(() => expect(countText()).toBe('3 actions'))
    expect(rowNames()).toEqual(['Move heavy boxes below shoulder height', 'Checklist for closing the shop', 'Goggles at every station'])
    // The tiles follow the owner: her overdue, due soon and awaiting check.
    expect(tileCount('Overdue')).toBe('1')
    expect(tileCount('Done — awaiting effectiveness check')).toBe('0')
    expect(window.location.hash).toBe(`#/actions?owner=m${world!.members.lee}`)

    await user.selectOptions(screen.getByLabelText('Owner'), 'District facilities office')
    await vi.waitFor(() => expect(rowNames()).toEqual(['Replace the ramp with a level bay']))

    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await vi.waitFor(() => expect(countText()).toBe('6 actions'))

    // A tile's button shows just its actions; pressed again, all of them.
    const showOverdue = screen.getByRole('button', { name: 'Show these: Overdue' })
    await user.click(showOverdue)
    await vi.waitFor(() => expect(rowNames()).toEqual(['Move heavy boxes below shoulder height', 'Fit a rail on the loading ramp']))
    expect(showOverdue.getAttribute('aria-pressed')).toBe('true')
    expect((screen.getByLabelText('When') as HTMLSelectElement).value).toBe('overdue')
    await user.click(showOverdue)
    await vi.waitFor(() => expect(countText()).toBe('6 actions'))

    await user.click(screen.getByRole('checkbox', { name: 'Verified' }))
    await vi.waitFor(() => expect(rowNames()).toEqual(['Goggles at every station']))
    await user.click(screen.getByRole('checkbox', { name: 'Verified' }))
    await user.click(screen.getByRole('checkbox', { name: 'Weaker' }))
    await vi.waitFor(() => expect(rowNames()).toEqual(['Fit a rail on the loading ramp', 'Goggles at every station']))
    expect(callsOf(world!, 'actions:list').at(-1)).toEqual({ strengths: ['weaker'] })
  })

  it('opens with the filters a link names', async () => {
    await seedActions()
    renderAppOnBackend(world!, '#/actions?bucket=awaitingCheck')
    await screen.findByRole('table', { name: 'Corrective actions' })
    await vi.waitFor(() => expect(rowNames()).toEqual(['Non-slip mats by the sinks']))
    expect(screen.getByRole('button', { name: 'Show these: Done — awaiting effectiveness check' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('updates a status in the row, and the tiles follow', async () => {
    await seedActions()
    const { user } = renderAppOnBackend(world!, '#/actions')
    await screen.findByRole('table', { name: 'Corrective actions' })
    await user.click(screen.getByRole('button', { name: 'Mark done: Move heavy boxes below shoulder height' }))
    await vi.waitFor(() => expect(tileCount('Overdue')).toBe('1'))
    expect(tileCount('Done — awaiting effectiveness check')).toBe('2')
    expect(screen.getByText('“Move heavy boxes below shoulder height” is now Done.')).toBeTruthy()
    expect(within(rowOf('Move heavy boxes below shoulder height')).getByRole('button', { name: /^Record effectiveness check/ })).toBeTruthy()
  })

  it('edits in a dialog: focus goes in, Escape closes it, and focus comes back to Edit', async () => {
    await seedActions()
    const { user } = renderAppOnBackend(world!, '#/actions')
    await screen.findByRole('table', { name: 'Corrective actions' })
    const edit = screen.getByRole('button', { name: 'Edit: Checklist for closing the shop' })
    await user.click(edit)
    const dialog = await screen.findByRole('dialog', { name: 'Edit action' })
    const description = within(dialog).getByLabelText('What will change?')
    expect(hasFocus(description)).toBe(true)
    expect(within(dialog).getByRole('radio', { name: 'Intermediate' })).toBeTruthy()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    await vi.waitFor(() => expect(hasFocus(edit)).toBe(true))

    await user.click(edit)
    const again = await screen.findByRole('dialog', { name: 'Edit action' })
    const field = within(again).getByLabelText('What will change?')
    await user.clear(field)
    await user.type(field, 'Closing checklist signed by the last teacher out')
    await user.click(within(again).getByRole('button', { name: 'Save action' }))
    await screen.findByText('Action saved.')
    expect(screen.queryByRole('dialog')).toBeNull()
    await vi.waitFor(() => expect(rowNames()).toContain('Closing checklist signed by the last teacher out'))
  })

  it('says where actions come from when there are none', async () => {
    world = await createActionWorld()
    renderAppOnBackend(world, '#/actions')
    await screen.findByRole('heading', { name: 'No actions yet' })
    expect(screen.queryByRole('table')).toBeNull()
  })
})
