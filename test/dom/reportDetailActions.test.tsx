import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { callsOf, createActionWorld, hasFocus, isoInDays, renderAppOnBackend, type ActionWorld } from './actionTestKit'

/**
 * The report page's "Root cause and actions" panel on the real backend: the worksheets and
 * actions are what `reports:get` returns, and the refusal to close is main's own rule.
 */
let world: ActionWorld | undefined
afterEach(() => world?.backend.close())

const CLOSURE_RULE = 'The report can be closed once every action is verified (or dropped).'
const panel = () => screen.findByRole('region', { name: 'Root cause and actions' })
const hrefOf = (element: HTMLElement) => element.getAttribute('href')

async function triagedHigh(): Promise<ActionWorld> {
  world = await createActionWorld()
  await world.call('reports:triage', { id: world.reportId, severity: 4, likelihood: 4, decision: 'investigate' })
  return world
}

describe('Report detail: root cause and actions', () => {
  it('lists the worksheets covering the report and every action, each a link to where it is worked on', async () => {
    const w = await triagedHigh()
    const sheet = await w.call('worksheets:create', { title: 'Carts tipping on the shop ramp', reportIds: [w.reportId] })
    await w.call('actions:create', {
      worksheetId: sheet.id,
      description: 'Fit a handrail and a kerb to the ramp',
      controlType: 'engineering',
      ownerMemberId: w.members.lee,
      dueOn: '2026-04-15',
      successMeasure: 'No cart tips at the next walk-through'
    })
    await w.call('actions:create', { reportId: w.reportId, description: 'Remind staff to load carts low', controlType: 'administrative', ownerName: 'Shop technician' })
    renderAppOnBackend(w, `#/reports/${w.reportId}`)

    const region = await panel()
    const worksheets = within(region).getByRole('list', { name: 'Root-cause worksheets' })
    expect(hrefOf(within(worksheets).getByRole('link', { name: 'Carts tipping on the shop ramp' }))).toBe(`#/worksheets/${sheet.id}`)
    expect(within(worksheets).getByText('Draft')).toBeTruthy()
    // A worksheet exists: starting another is still offered, without the prompt.
    const another = within(region).getByRole('link', { name: 'Open another root-cause worksheet' })
    expect(hrefOf(another)).toBe(`#/worksheets/new?reports=${w.reportId}`)
    expect(another.className).not.toContain('button--primary')
    expect(within(region).queryByText(/deserve a root-cause worksheet/)).toBeNull()

    const actions = within(region).getByRole('list', { name: 'Corrective actions' })
    const items = within(actions).getAllByRole('listitem')
    expect(items).toHaveLength(2)
    const handrail = items.find((item) => item.textContent?.includes('handrail'))!
    await waitFor(() => expect(hrefOf(within(handrail).getByRole('link', { name: 'Fit a handrail and a kerb to the ramp' }))).toBe(`#/worksheets/${sheet.id}`))
    expect(within(handrail).getByText('Stronger')).toBeTruthy()
    expect(within(handrail).getByText('Planned')).toBeTruthy()
    expect(within(handrail).getByText('Ms. Lee')).toBeTruthy()
    expect(within(handrail).getByText('Apr 15, 2026').getAttribute('datetime')).toBe('2026-04-15')
    expect(within(handrail).getByText('From the worksheet “Carts tipping on the shop ramp”')).toBeTruthy()
    const reminder = items.find((item) => item.textContent?.includes('Remind staff'))!
    expect(hrefOf(within(reminder).getByRole('link', { name: 'Remind staff to load carts low' }))).toBe('#/actions')
    expect(within(reminder).getByText('Weaker')).toBeTruthy()
    expect(within(reminder).getByText('Shop technician')).toBeTruthy()
    expect(within(reminder).getByText('No due date')).toBeTruthy()

    expect(within(region).getByText(CLOSURE_RULE, { exact: false }).textContent).toBe(`${CLOSURE_RULE} 2 actions are still open.`)
  })

  it('asks for a root-cause worksheet on a high-risk report, linking to a new one with the report chosen', async () => {
    const w = await triagedHigh()
    const { user } = renderAppOnBackend(w, `#/reports/${w.reportId}`)
    const region = await panel()
    expect(within(region).getByText('High and critical near misses deserve a root-cause worksheet', { exact: false })).toBeTruthy()
    expect(within(region).getByText('No corrective actions yet.')).toBeTruthy()
    const open = within(region).getByRole('link', { name: 'Open root-cause worksheet' })
    expect(hrefOf(open)).toBe(`#/worksheets/new?reports=${w.reportId}`)
    expect(open.className).toContain('button--primary')

    await user.click(open)
    expect(await screen.findByRole('heading', { level: 1, name: 'New root-cause worksheet' })).toBeTruthy()
  })

  it('still offers a worksheet, quietly, on a report not yet triaged', async () => {
    world = await createActionWorld()
    renderAppOnBackend(world, `#/reports/${world.reportId}`)
    const region = await panel()
    const open = within(region).getByRole('link', { name: 'Open root-cause worksheet' })
    expect(hrefOf(open)).toBe(`#/worksheets/new?reports=${world.reportId}`)
    expect(open.className).not.toContain('button--primary')
    expect(within(region).getByText('No root-cause worksheet covers this report yet.')).toBeTruthy()
    expect(within(region).queryByText(/deserve a root-cause worksheet/)).toBeNull()
  })

  it('adds an action to the report through the action form, then lists it from the re-read report', async () => {
    const w = await triagedHigh()
    const { user } = renderAppOnBackend(w, `#/reports/${w.reportId}`)
    const region = await panel()
    await user.click(within(region).getByRole('button', { name: 'Add an action to this report' }))

    const form = within(region).getByRole('group', { name: 'New action for this report' })
    const description = within(form).getByLabelText('What will change?')
    expect(hasFocus(description)).toBe(true)
    await within(form).findByRole('option', { name: 'Mr. Ortiz' })
    await user.type(description, 'Mark a loading line on the ramp floor')
    await user.click(within(form).getByRole('radio', { name: 'Engineering' }))
    await user.selectOptions(within(form).getByLabelText('Owner'), 'Mr. Ortiz')
    await user.type(within(form).getByLabelText('Due date'), isoInDays(7))
    await user.type(within(form).getByLabelText('Measure of success'), 'Carts loaded below the line at spot checks')
    await user.click(within(form).getByRole('button', { name: 'Save action' }))

    const link = await within(region).findByRole('link', { name: 'Mark a loading line on the ramp floor' })
    expect(hrefOf(link)).toBe('#/actions')
    const item = link.closest('li')!
    expect(within(item).getByText('Mr. Ortiz')).toBeTruthy()
    expect(within(item).getByText('Stronger')).toBeTruthy()
    expect(within(region).getByText('Action added. It is listed above.')).toBeTruthy()
    expect(within(region).getByText('1 action is still open.')).toBeTruthy()
    expect(within(region).queryByRole('group', { name: 'New action for this report' })).toBeNull()
    expect(hasFocus(within(region).getByRole('button', { name: 'Add an action to this report' }))).toBe(true)
    expect(callsOf(w, 'actions:create')).toEqual([expect.objectContaining({ reportId: w.reportId, ownerMemberId: w.members.ortiz })])
  })

  it('cancels the form back to the Add button with nothing saved', async () => {
    const w = await triagedHigh()
    const { user } = renderAppOnBackend(w, `#/reports/${w.reportId}`)
    const region = await panel()
    await user.click(within(region).getByRole('button', { name: 'Add an action to this report' }))
    await user.keyboard('{Escape}')
    expect(within(region).queryByRole('group', { name: 'New action for this report' })).toBeNull()
    expect(hasFocus(within(region).getByRole('button', { name: 'Add an action to this report' }))).toBe(true)
    expect(callsOf(w, 'actions:create')).toEqual([])
  })

  it('refuses to close while an action is open, in plain words', async () => {
    const w = await triagedHigh()
    await w.call('actions:create', { reportId: w.reportId, description: 'Fit a kerb to the ramp', controlType: 'engineering', ownerMemberId: w.members.lee, dueOn: isoInDays(3) })
    const { user } = renderAppOnBackend(w, `#/reports/${w.reportId}`)
    const region = await panel()
    expect(within(region).getByText(CLOSURE_RULE, { exact: false }).textContent).toBe(`${CLOSURE_RULE} 1 action is still open.`)

    const status = screen.getByRole('region', { name: 'Status' })
    await user.click(within(status).getByRole('button', { name: 'Close report' }))
    await user.type(within(status).getByRole('textbox', { name: 'Closure note' }), 'Kerb fitted.')
    await user.type(within(status).getByRole('textbox', { name: /Feedback to staff/ }), 'You said carts tipped on the ramp; we are fitting a kerb.')
    const buttons = within(status).getAllByRole('button', { name: 'Close report' })
    await user.click(buttons[buttons.length - 1]!)

    expect(
      await within(status).findByText(
        'This report still has corrective actions open. It can be closed once each one is verified by an effectiveness check, or dropped.'
      )
    ).toBeTruthy()
    expect((await w.call('reports:get', { id: w.reportId })).status).toBe('triaged')
  })
})
