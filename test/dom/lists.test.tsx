import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFakeApi, mutatingCalls, type FakeApiOptions } from './fakeApi'
import { renderApp } from './renderApp'

const setup = (lists: FakeApiOptions['lists'] = { locations: [{ name: 'Gym' }, { name: 'Library' }] }) =>
  renderApp({ fake: createFakeApi({ settings: { schoolName: 'Lincoln Middle School' }, lists }) })

const region = (name: string) => screen.findByRole('region', { name })
const names = (list: HTMLElement) => within(list).getAllByRole('listitem').map((item) => item.textContent)

describe('Settings: list editors', () => {
  it('rejects an empty name with a message next to the field and sends nothing', async () => {
    const { user, fake } = setup()
    const locations = await region('Locations')
    await within(locations).findByText('Gym')
    const input = within(locations).getByLabelText('New location')

    await user.type(input, '   {Enter}')

    expect(within(locations).getByText('This is required.')).toBeTruthy()
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(input)
    expect(mutatingCalls(fake)).toEqual([])
    expect(fake.state.items.locations).toHaveLength(2)
  })

  it('adds a location by keyboard and keeps focus in the cleared field', async () => {
    const { user, fake } = setup()
    const locations = await region('Locations')
    await within(locations).findByText('Gym')
    const input = within(locations).getByLabelText('New location')

    await user.click(input)
    await user.keyboard('Bus loop{Enter}')

    expect(await within(locations).findByText('Bus loop')).toBeTruthy()
    expect(within(locations).getByRole('status').textContent).toBe('“Bus loop” added.')
    expect(input).toHaveProperty('value', '')
    expect(document.activeElement).toBe(input)
    expect(fake.state.items.locations.map((item) => item.name)).toContain('Bus loop')

    // Straight on to the next one without touching the mouse.
    await user.keyboard('Playing field{Enter}')
    expect(await within(locations).findByText('Playing field')).toBeTruthy()
  })

  it('shows main’s duplicate message on the name field', async () => {
    const { user, fake } = setup()
    const locations = await region('Locations')
    await user.type(within(locations).getByLabelText('New location'), 'gym{Enter}')

    expect(await within(locations).findByText('There is already an entry with this name.')).toBeTruthy()
    expect(fake.state.items.locations).toHaveLength(2)
  })

  it('renames inline, and returns focus to Rename afterwards', async () => {
    const { user, fake } = setup()
    const locations = await region('Locations')
    await user.click(await within(locations).findByRole('button', { name: 'Rename Gym' }))

    const field = within(locations).getByLabelText('New name for Gym')
    expect(document.activeElement).toBe(field)
    await user.clear(field)
    await user.type(field, 'Gym / weight room{Enter}')

    const renamed = await within(locations).findByRole('button', { name: 'Rename Gym / weight room' })
    expect(document.activeElement).toBe(renamed)
    expect(within(locations).getByRole('status').textContent).toBe('Renamed to “Gym / weight room”.')
    expect(fake.state.items.locations[0]?.name).toBe('Gym / weight room')
  })

  it('cancels a rename with Escape and changes nothing', async () => {
    const { user, fake } = setup()
    const locations = await region('Locations')
    const rename = await within(locations).findByRole('button', { name: 'Rename Library' })
    await user.click(rename)
    await user.keyboard('Something else{Escape}')

    expect(within(locations).queryByLabelText('New name for Library')).toBeNull()
    expect(within(locations).getByText('Library')).toBeTruthy()
    expect(document.activeElement).toBe(within(locations).getByRole('button', { name: 'Rename Library' }))
    expect(mutatingCalls(fake)).toEqual([])
  })

  it('archives an entry, shows it under "Show archived", and restores it', async () => {
    const { user, fake } = setup()
    const locations = await region('Locations')
    await user.click(await within(locations).findByRole('button', { name: 'Archive Gym' }))

    expect(await within(locations).findByText('“Gym” archived.')).toBeTruthy()
    expect(names(within(locations).getByRole('list'))).toEqual([expect.stringContaining('Library')])
    expect(fake.state.items.locations[0]?.archived).toBe(true)
    // Its button went with it, so focus lands on the list's heading rather than the page top.
    expect(document.activeElement).toBe(within(locations).getByRole('heading', { name: 'Locations' }))

    await user.click(within(locations).getByLabelText('Show archived'))
    const restore = await within(locations).findByRole('button', { name: 'Restore Gym' })
    expect(within(restore.closest('li') as HTMLElement).getByText('archived')).toBeTruthy()

    await user.click(restore)
    expect(await within(locations).findByRole('button', { name: 'Archive Gym' })).toBeTruthy()
    expect(within(locations).getByRole('status').textContent).toBe('“Gym” restored.')
    expect(fake.state.items.locations[0]?.archived).toBe(false)
  })

  it('groups conditions by fishbone branch and requires a branch for a new one', async () => {
    const { user, fake } = setup({ conditions: [{ name: 'Poor lighting', branch: 'environment' }] })
    const conditions = await region('Contributing conditions')
    const environment = await within(conditions).findByRole('list', { name: 'Environment & layout' })
    expect(names(environment)).toEqual([expect.stringContaining('Poor lighting')])

    await user.type(within(conditions).getByLabelText('New condition'), 'Bell rings mid-lab{Enter}')
    expect(within(conditions).getByText('Choose the fishbone branch this condition belongs to.')).toBeTruthy()
    expect(mutatingCalls(fake)).toEqual([])

    const branch = within(conditions).getByLabelText('Fishbone branch')
    await user.selectOptions(branch, within(branch).getByRole('option', { name: 'Procedures & time' }))
    await user.click(within(conditions).getByRole('button', { name: 'Add' }))
    const procedures = await within(conditions).findByRole('list', { name: 'Procedures & time' })
    expect(names(procedures)).toEqual([expect.stringContaining('Bell rings mid-lab')])
    expect(fake.state.items.conditions[1]).toMatchObject({ name: 'Bell rings mid-lab', branch: 'procedures' })
  })

  it('records a committee member with their role', async () => {
    const { user, fake } = setup({ members: [] })
    const members = await region('Committee members')
    expect(await within(members).findByText('Nothing here yet.')).toBeTruthy()

    await user.type(within(members).getByLabelText('Member name'), 'Pat Lee')
    await user.type(within(members).getByLabelText('Committee role'), 'School nurse{Enter}')

    expect(await within(members).findByText('School nurse')).toBeTruthy()
    expect(fake.state.items.members[0]).toMatchObject({ name: 'Pat Lee', detail: 'School nurse' })
  })
})
