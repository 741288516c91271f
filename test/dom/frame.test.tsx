import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { en } from '../../src/shared/i18n/en'
import { createFakeApi } from './fakeApi'
import { renderApp } from './renderApp'

const configured = () => createFakeApi({ settings: { schoolName: 'Lincoln Middle School' } })

describe('App frame', () => {
  it('lists every page in the main navigation', async () => {
    renderApp({ fake: configured() })
    const nav = await screen.findByRole('navigation', { name: 'Main' })
    const links = within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])
    expect(links).toEqual([
      ['Report a near miss', '#/report'],
      ['Register', '#/register'],
      ['Worksheets', '#/worksheets'],
      ['Actions', '#/actions'],
      ['Meetings', '#/meetings'],
      ['Dashboard', '#/dashboard'],
      ['Settings', '#/settings']
    ])
  })

  it('moves to another page: marks the link current and focuses the new h1', async () => {
    const { user } = renderApp({ hash: '#/settings', fake: configured() })
    await screen.findByRole('heading', { level: 1, name: 'Settings' })

    await user.click(screen.getByRole('link', { name: 'Worksheets' }))

    const heading = await screen.findByRole('heading', { level: 1, name: en.worksheets.list.heading })
    expect(within(screen.getByRole('main')).getByText(en.worksheets.list.intro)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Worksheets' }).getAttribute('aria-current')).toBe('page')
    expect(screen.getByRole('link', { name: 'Settings' }).getAttribute('aria-current')).toBeNull()
    await waitFor(() => expect(document.activeElement).toBe(heading))
    expect(document.title).toBe(`${en.worksheets.list.heading} — Close Call`)
  })

  it('lands on Settings on first run, when the school has no name yet', async () => {
    renderApp({ hash: '', fake: createFakeApi({ settings: { schoolName: '' } }) })
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy()
    expect(window.location.hash).toBe('#/settings')
  })

  it('lands on the Register once the school is set up, with its name in the header', async () => {
    renderApp({ hash: '', fake: configured() })
    expect(await screen.findByRole('heading', { level: 1, name: 'Register' })).toBeTruthy()
    expect(window.location.hash).toBe('#/register')
    expect(within(screen.getByRole('banner')).getByText('Lincoln Middle School')).toBeTruthy()
  })

  it('has a skip link that moves focus to the main content without changing the page', async () => {
    const { user } = renderApp({ hash: '#/dashboard', fake: configured() })
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' })

    await user.tab()
    const skip = screen.getByRole('link', { name: 'Skip to main content' })
    expect(document.activeElement).toBe(skip)
    await user.keyboard('{Enter}')

    expect(document.activeElement).toBe(screen.getByRole('main'))
    expect(window.location.hash).toBe('#/dashboard')
  })

  it('says plainly when it cannot reach its data', async () => {
    renderApp({ hash: '#/settings', withoutApi: true })
    expect(await screen.findAllByText(en.errors.OFFLINE)).not.toHaveLength(0)
    expect(screen.queryByLabelText('School name')).toBeNull()
  })
})
