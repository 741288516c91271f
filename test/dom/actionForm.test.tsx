import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Action } from '../../src/renderer/src/api/actions'
import { ActionForm } from '../../src/renderer/src/pages/actions/ActionForm'
import { callsOf, createActionWorld, describedText, hasFocus, isChecked, isInvalid, isoInDays, renderOnBackend, valueOf, type ActionWorld } from './actionTestKit'

let world: ActionWorld | undefined
afterEach(() => world?.backend.close())

const radio = (name: string) => screen.getByRole('radio', { name })
/** The radio's description: its explanation, and "suggested" when it is the suggestion. */
const descriptionOf = (name: string) => describedText(radio(name))

async function setup(props: Partial<Parameters<typeof ActionForm>[0]> = {}) {
  world = await createActionWorld()
  const onSaved = vi.fn<(action: Action) => void>()
  const onCancel = vi.fn()
  const view = renderOnBackend(world, <ActionForm link={{ reportId: world.reportId }} onSaved={onSaved} onCancel={onCancel} {...props} />)
  // The member list arrives from main.
  await screen.findByRole('option', { name: 'Ms. Lee' })
  return { ...view, onSaved, onCancel, world }
}

describe('ActionForm', () => {
  it('labels every field and explains each control type in hierarchy order', async () => {
    await setup()
    expect(hasFocus(screen.getByLabelText('What will change?'))).toBe(true)
    const group = screen.getByRole('group', { name: /Control type/ })
    expect(within(group).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['elimination', 'substitution', 'engineering', 'administrative', 'ppe'])
    expect(descriptionOf('Elimination')).toContain('Remove the hazard.')
    expect(descriptionOf('PPE')).toContain('Protective equipment.')
    expect(descriptionOf('Stronger')).toContain('Physical change, forcing function, simplify, standardize.')
    expect(descriptionOf('Intermediate')).toContain('Redundancy, staffing, checklists, fewer distractions.')
    expect(descriptionOf('Weaker')).toContain('Warnings, new policy, training, “remind staff”.')
    for (const label of ['Owner', 'Due date', 'Measure of success', 'Check effectiveness on (optional)']) expect(screen.getByLabelText(label)).toBeTruthy()
    expect(screen.getByText('How will we know it worked? For example “No boxes above shoulder height at the monthly walk-through”.')).toBeTruthy()
    // No causes given: no cause choice.
    expect(screen.queryByLabelText('Root cause it addresses')).toBeNull()
  })

  it('suggests the strength from the control type, and keeps a strength the user chose', async () => {
    const { user, onSaved, world } = await setup()
    expect(screen.queryAllByRole('radio', { checked: true })).toEqual([])

    await user.click(radio('Engineering'))
    expect(isChecked(radio('Stronger'))).toBe(true)
    expect(descriptionOf('Stronger')).toMatch(/^suggested /)
    await user.click(radio('Administrative'))
    expect(isChecked(radio('Weaker'))).toBe(true)
    expect(descriptionOf('Weaker')).toMatch(/^suggested /)
    expect(descriptionOf('Stronger')).not.toMatch(/suggested/)
    expect(screen.getByText('Weaker actions rely on people remembering. Pair this with a stronger change where you can.')).toBeTruthy()

    // Checklists are administrative but intermediate: the chair adjusts it, and it stays.
    await user.click(radio('Intermediate'))
    await user.click(radio('Elimination'))
    expect(isChecked(radio('Intermediate'))).toBe(true)
    expect(descriptionOf('Stronger')).toMatch(/^suggested /)
    expect(screen.getByText('Suggested for Elimination: Stronger. You can change it.')).toBeTruthy()

    await user.type(screen.getByLabelText('What will change?'), 'Checklist for closing the shop')
    await user.selectOptions(screen.getByLabelText('Owner'), 'Ms. Lee')
    await user.type(screen.getByLabelText('Due date'), isoInDays(10))
    await user.type(screen.getByLabelText('Measure of success'), 'Checklist signed every day for a month')
    await user.click(screen.getByRole('button', { name: 'Save action' }))
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce())
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ controlType: 'elimination', strength: 'intermediate', ownerMemberId: world.members.lee })
  })

  it('says every action needs an owner, beside the owner field, and sends nothing', async () => {
    const { user, world } = await setup()
    await user.type(screen.getByLabelText('What will change?'), 'Bolt the shelf to the wall')
    await user.click(radio('Engineering'))
    await user.type(screen.getByLabelText('Due date'), isoInDays(5))
    await user.type(screen.getByLabelText('Measure of success'), 'Shelf does not move when pushed')
    await user.click(screen.getByRole('button', { name: 'Save action' }))

    const owner = screen.getByLabelText('Owner')
    expect(isInvalid(owner)).toBe(true)
    expect(hasFocus(owner)).toBe(true)
    expect(describedText(owner)).toBe('Every action needs an owner: choose a member or type a name.')
    expect(callsOf(world, 'actions:create')).toEqual([])

    // Someone else, with no name yet: the same message, now beside the name.
    await user.selectOptions(owner, 'Someone else…')
    await user.click(screen.getByRole('button', { name: 'Save action' }))
    const name = screen.getByLabelText('Owner’s name')
    expect(isInvalid(name)).toBe(true)
    expect(describedText(name)).toBe('Every action needs an owner: choose a member or type a name.')
    expect(callsOf(world, 'actions:create')).toEqual([])
  })

  it('asks for what, control type, due date and measure before saving', async () => {
    const { user, world } = await setup()
    await user.click(screen.getByRole('button', { name: 'Save action' }))
    expect(hasFocus(screen.getByLabelText('What will change?'))).toBe(true)
    expect(describedText(screen.getByLabelText('What will change?'))).toMatch(/^Say what will change, in a sentence\./)
    expect(screen.getByText('Choose a control type.')).toBeTruthy()
    expect(describedText(screen.getByLabelText('Due date'))).toBe('Set a due date: when should this be done?')
    expect(describedText(screen.getByLabelText('Measure of success'))).toMatch(/^Say how you will know it worked\./)
    expect(screen.getByRole('status').textContent).toBe('Please check the highlighted fields. Nothing was saved.')
    expect(callsOf(world, 'actions:create')).toEqual([])
  })

  it('saves the due date, owner name and check date, linked to the report', async () => {
    const { user, onSaved, world } = await setup()
    const due = isoInDays(21)
    const check = isoInDays(60)
    await user.type(screen.getByLabelText('What will change?'), 'Replace the ramp with a level loading bay')
    await user.click(radio('Substitution'))
    await user.selectOptions(screen.getByLabelText('Owner'), 'Someone else…')
    await user.type(screen.getByLabelText('Owner’s name'), 'District facilities office')
    await user.type(screen.getByLabelText('Due date'), due)
    await user.type(screen.getByLabelText('Measure of success'), 'No carts tip at the loading bay this term')
    await user.type(screen.getByLabelText('Check effectiveness on (optional)'), check)
    await user.click(screen.getByRole('button', { name: 'Save action' }))

    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce())
    const { rows } = await world.call('actions:list', { reportId: world.reportId })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      description: 'Replace the ramp with a level loading bay',
      controlType: 'substitution',
      strength: 'stronger',
      ownerMemberId: null,
      ownerLabel: 'District facilities office',
      dueOn: due,
      checkDueOn: check,
      successMeasure: 'No carts tip at the loading bay this term',
      reportId: world.reportId,
      status: 'planned'
    })
  })

  it('edits an action: keeps its adjusted strength, offers the causes, and updates in place', async () => {
    world = await createActionWorld()
    const worksheet = await world.call('worksheets:create', { title: 'Cart on the ramp', reportIds: [world.reportId] })
    const withCause = await world.call('worksheets:addCause', { worksheetId: worksheet.id, branch: 'environment', text: 'Ramp is too steep', isRootCause: true })
    const cause = withCause.causes[0]!
    const action = await world.call('actions:create', {
      worksheetId: worksheet.id,
      description: 'Remind staff to push slowly',
      controlType: 'administrative',
      strength: 'intermediate',
      ownerMemberId: world.members.ortiz,
      dueOn: isoInDays(3),
      successMeasure: 'Fewer tips'
    })
    const onSaved = vi.fn<(action: Action) => void>()
    const { user } = renderOnBackend(
      world,
      <ActionForm initial={action} link={{ worksheetId: worksheet.id }} causes={[{ id: cause.id, text: cause.text, isRootCause: true }]} onSaved={onSaved} />
    )
    await screen.findByRole('option', { name: 'Mr. Ortiz' })
    expect(valueOf(screen.getByLabelText('Owner'))).toBe(String(world.members.ortiz))
    expect(isChecked(radio('Intermediate'))).toBe(true)
    await user.click(radio('PPE'))
    expect(isChecked(radio('Intermediate'))).toBe(true) // chosen by hand before: not replaced by the suggestion
    await user.selectOptions(screen.getByLabelText('Root cause it addresses'), 'Ramp is too steep (root cause)')
    await user.click(screen.getByRole('button', { name: 'Save action' }))
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledOnce())
    expect(onSaved.mock.calls[0]![0]).toMatchObject({ id: action.id, controlType: 'ppe', strength: 'intermediate', causeId: cause.id, causeText: 'Ramp is too steep' })
    expect(callsOf(world, 'actions:create')).toEqual([])
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull()
  })

  it('Escape and Cancel call onCancel', async () => {
    const { user, onCancel } = await setup()
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(onCancel).toHaveBeenCalledTimes(2)
  })
})
