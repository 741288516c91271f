import { screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Action } from '../../src/renderer/src/api/actions'
import { ActionStatusBadge, StrengthBadge } from '../../src/renderer/src/pages/actions/ActionBadges'
import { ActionStatusControls } from '../../src/renderer/src/pages/actions/ActionStatusControls'
import { callsOf, createActionWorld, describedText, hasFocus, isInvalid, isoInDays, renderOnBackend, type ActionWorld } from './actionTestKit'

let world: ActionWorld | undefined
afterEach(() => world?.backend.close())

/** A host that keeps the stored action, as the Actions page and the worksheet do. */
function Host({ initial, onRefused }: { initial: Action; onRefused?: () => void }) {
  const [action, setAction] = useState(initial)
  return <ActionStatusControls action={action} onChanged={setAction} onRefused={onRefused} />
}

async function setup(status: 'planned' | 'done' = 'planned') {
  world = await createActionWorld()
  let action = await world.call('actions:create', {
    reportId: world.reportId,
    description: 'Move the heavy boxes to shelves below shoulder height',
    controlType: 'engineering',
    ownerMemberId: world.members.lee,
    dueOn: isoInDays(7),
    successMeasure: 'No boxes above shoulder height at the walk-through'
  })
  if (status === 'done') action = await world.call('actions:setStatus', { id: action.id, status: 'done' })
  const onRefused = vi.fn()
  const view = renderOnBackend(world, <Host initial={action} onRefused={onRefused} />)
  const stored = async () => (await world!.call('actions:list', { reportId: world!.reportId })).rows[0]!
  return { ...view, action, onRefused, stored, world }
}

const group = () => screen.getByRole('group', { name: 'Status of “Move the heavy boxes to shelves below shoulder height”' })
const buttonNames = () => within(group()).queryAllByRole('button').map((b) => b.textContent)

describe('ActionStatusControls', () => {
  it('offers the allowed next statuses as buttons, never "verified" itself', async () => {
    const { user, stored } = await setup()
    expect(within(group()).getByText('Planned')).toBeTruthy()
    expect(buttonNames()).toEqual(['Mark in progress', 'Mark done', 'Drop…'])
    expect(screen.getByRole('button', { name: 'Mark done: Move the heavy boxes to shelves below shoulder height' })).toBeTruthy()

    await user.click(screen.getByRole('button', { name: /^Mark in progress/ }))
    await within(group()).findByText('In progress')
    expect(buttonNames()).toEqual(['Mark done', 'Back to planned', 'Drop…'])
    expect(screen.getByRole('status').textContent).toBe('“Move the heavy boxes to shelves below shoulder height” is now In progress.')
    expect(hasFocus(group())).toBe(true)

    await user.click(screen.getByRole('button', { name: /^Mark done/ }))
    await within(group()).findByText('Done')
    // Done is not the end: the only way on to verified is an effectiveness check.
    expect(buttonNames()).toEqual(['Record effectiveness check', 'Mark in progress', 'Drop…'])
    expect(screen.queryByRole('button', { name: /verif/i })).toBeNull()
    expect((await stored()).status).toBe('done')
  })

  it('verifies a done action only through a check that says it worked', async () => {
    const { user, stored, world } = await setup('done')
    await user.click(screen.getByRole('button', { name: /^Record effectiveness check/ }))
    const checkedOn = screen.getByLabelText('Checked on')
    expect(hasFocus(checkedOn)).toBe(true)
    expect((checkedOn as HTMLInputElement).value).toBe(isoInDays(0))

    // Nothing chosen: the form says what is missing and sends nothing.
    await user.click(screen.getByRole('button', { name: 'Save check' }))
    expect(describedText(screen.getByLabelText('What did the check show?'))).toBe('Say what the check showed.')
    expect(screen.getByText('Choose whether it worked: Yes or No.')).toBeTruthy()
    expect(hasFocus(screen.getByLabelText('What did the check show?'))).toBe(true)
    expect(callsOf(world, 'actions:recordCheck')).toEqual([])

    await user.type(screen.getByLabelText('What did the check show?'), 'Walk-through on Friday: all heavy boxes on low shelves')
    await user.click(screen.getByRole('radio', { name: 'Yes' }))
    await user.click(screen.getByRole('button', { name: 'Save check' }))
    await within(group()).findByText('Verified')
    expect(screen.getByRole('status').textContent).toBe('Verified: the check shows “Move the heavy boxes to shelves below shoulder height” worked.')
    expect(within(group()).getByText(/Walk-through on Friday: all heavy boxes on low shelves It worked\./)).toBeTruthy()
    expect(await stored()).toMatchObject({ status: 'verified', checkEffective: true, checkedOn: isoInDays(0), checkResult: 'Walk-through on Friday: all heavy boxes on low shelves' })
  })

  it('a check that says it did not work sends the action back to in progress', async () => {
    const { user, stored } = await setup('done')
    await user.click(screen.getByRole('button', { name: /^Record effectiveness check/ }))
    await user.type(screen.getByLabelText('What did the check show?'), 'Boxes were back on the top shelf within a week')
    await user.click(screen.getByRole('radio', { name: 'No' }))
    await user.click(screen.getByRole('button', { name: 'Save check' }))
    await within(group()).findByText('In progress')
    expect(screen.getByRole('status').textContent).toMatch(/^Not effective: .* is back in progress\./)
    expect(within(group()).getByText(/It did not work\./)).toBeTruthy()
    expect(await stored()).toMatchObject({ status: 'inProgress', checkEffective: false })
  })

  it('a check dated in the future is refused beside the date', async () => {
    const { user, world } = await setup('done')
    await user.click(screen.getByRole('button', { name: /^Record effectiveness check/ }))
    const date = screen.getByLabelText('Checked on')
    await user.clear(date)
    await user.type(date, isoInDays(3))
    await user.type(screen.getByLabelText('What did the check show?'), 'Looked fine')
    await user.click(screen.getByRole('radio', { name: 'Yes' }))
    await user.click(screen.getByRole('button', { name: 'Save check' }))
    expect(describedText(date)).toBe('The date cannot be in the future.')
    expect(isInvalid(date)).toBe(true)
    expect(callsOf(world, 'actions:recordCheck')).toEqual([])
  })

  it('dropping asks why, and says so when there is no reason', async () => {
    const { user, stored, world } = await setup()
    await user.click(screen.getByRole('button', { name: /^Drop/ }))
    const reason = screen.getByLabelText('Why is it dropped?')
    expect(hasFocus(reason)).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Drop action' }))
    expect(describedText(reason)).toBe('Say why the action is dropped.')
    expect(callsOf(world, 'actions:setStatus')).toEqual([])

    // Escape puts the buttons back without dropping anything.
    await user.keyboard('{Escape}')
    expect(screen.queryByLabelText('Why is it dropped?')).toBeNull()
    expect(hasFocus(group())).toBe(true)

    await user.click(screen.getByRole('button', { name: /^Drop/ }))
    await user.type(screen.getByLabelText('Why is it dropped?'), 'The shelves are being replaced by the district')
    await user.click(screen.getByRole('button', { name: 'Drop action' }))
    await within(group()).findByText('Dropped')
    expect(within(group()).getByText('Dropped: The shelves are being replaced by the district')).toBeTruthy()
    expect(buttonNames()).toEqual(['Back to planned'])
    expect(await stored()).toMatchObject({ status: 'dropped', droppedReason: 'The shelves are being replaced by the district' })
  })

  it('explains a refusal in plain words and lets the host re-read the action', async () => {
    const { user, onRefused, action, world } = await setup()
    // Someone drops it in another window; this screen still shows it planned.
    await world.call('actions:setStatus', { id: action.id, status: 'dropped', droppedReason: 'Duplicate' })
    await user.click(screen.getByRole('button', { name: /^Mark done/ }))
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('The action cannot move straight to that status.'))
    expect(onRefused).toHaveBeenCalledOnce()
  })
})

describe('badges', () => {
  it('say the strength and status in words', async () => {
    world = await createActionWorld()
    renderOnBackend(
      world,
      <p>
        <StrengthBadge strength="weaker" /> <ActionStatusBadge status="inProgress" />
      </p>
    )
    expect(screen.getByText('Weaker')).toBeTruthy()
    expect(screen.getByText('In progress')).toBeTruthy()
  })
})
