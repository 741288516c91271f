import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createFakeApi, FAKE_APP_INFO, mutatingCalls } from './fakeApi'
import { renderApp } from './renderApp'

const configured = () =>
  createFakeApi({ settings: { schoolName: 'Lincoln Middle School', committeeName: 'Safety Committee', minutesRetentionYears: 3 } })

/** The text an input's aria-describedby points at (its error message), or '' if none. */
function descriptionOf(element: HTMLElement): string {
  const ids = element.getAttribute('aria-describedby')?.split(' ') ?? []
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

describe('Settings: school and committee', () => {
  it('loads the stored settings and saves changes', async () => {
    const { user, fake } = renderApp({ fake: configured() })
    const school = await screen.findByLabelText('School name')
    expect(school).toHaveProperty('value', 'Lincoln Middle School')
    expect(screen.getByLabelText('Keep minutes for (years)')).toHaveProperty('value', '3')

    await user.clear(school)
    await user.type(school, '  Riverside High  ')
    const years = screen.getByLabelText('Keep minutes for (years)')
    await user.clear(years)
    await user.type(years, '7')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))

    expect(await screen.findByText('Settings saved.')).toHaveProperty('role', 'status')
    expect(fake.state.settings).toMatchObject({ schoolName: 'Riverside High', minutesRetentionYears: 7 })
    // The form shows what was stored (trimmed), and the header follows the new name.
    expect(school).toHaveProperty('value', 'Riverside High')
    expect(within(screen.getByRole('banner')).getByText('Riverside High')).toBeTruthy()
  })

  it('shows main’s validation message next to the field, focuses it and saves nothing', async () => {
    const { user, fake } = renderApp({ fake: configured() })
    const years = await screen.findByLabelText('Keep minutes for (years)')
    await user.clear(years)
    await user.type(years, '0')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))

    expect(await screen.findByText('Please check the highlighted fields. Nothing was saved.')).toBeTruthy()
    expect(years.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(years)).toBe('Enter a whole number of years from 1 to 100.')
    expect(document.activeElement).toBe(years)
    expect(fake.state.settings.minutesRetentionYears).toBe(3)
    expect(screen.queryByText('Settings saved.')).toBeNull()
  })

  it('requires a committee name', async () => {
    const { user, fake } = renderApp({ fake: configured() })
    const committee = await screen.findByLabelText('Committee name')
    await user.clear(committee)
    await user.click(screen.getByRole('button', { name: 'Save settings' }))

    expect(descriptionOf(await screen.findByLabelText('Committee name'))).toBe('This is required.')
    expect(fake.state.settings.committeeName).toBe('Safety Committee')
    expect(mutatingCalls(fake)).toHaveLength(1) // the rejected attempt, nothing stored
  })

  it('clears the error once a corrected value saves', async () => {
    const { user } = renderApp({ fake: configured() })
    const years = await screen.findByLabelText('Keep minutes for (years)')
    await user.clear(years)
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Enter a whole number of years from 1 to 100.')).toBeTruthy()

    await user.type(years, '10')
    await user.click(screen.getByRole('button', { name: 'Save settings' }))
    expect(await screen.findByText('Settings saved.')).toBeTruthy()
    expect(years.getAttribute('aria-invalid')).toBeNull()
    expect(screen.queryByText('Enter a whole number of years from 1 to 100.')).toBeNull()
  })

  it('shows where the data lives and the version', async () => {
    renderApp({ fake: configured() })
    const section = await screen.findByRole('region', { name: 'Where your data lives' })
    expect(await within(section).findByText(FAKE_APP_INFO.databaseFile)).toBeTruthy()
    expect(within(section).getByText(FAKE_APP_INFO.version)).toBeTruthy()
  })
})
