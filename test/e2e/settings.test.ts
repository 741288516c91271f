import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { Api } from '../../src/shared/ipc/contract'
import { seriousAxeViolations } from '../support/axe'
import type { OpenedPage } from '../support/chromium'
import { expectCleanRun, usePreviewSession } from '../support/previewSession'
import { saveScreenshot } from '../support/screenshots'
import { locationItem, locationsSection, newLocationInput, openSettings, tabTo } from './settingsScreen'

const session = usePreviewSession('e2e-settings')

/** Opens the preview's Settings screen in a fresh browser context. */
const openSettingsPage = async (): Promise<OpenedPage> => {
  const opened = await session.open()
  await openSettings(opened.page)
  return opened
}

/** Asks the backend directly, through the page's own window.api, what is really stored. */
const storedLocationNames = async (page: Page): Promise<string[]> => {
  const result = await page.evaluate(() =>
    (globalThis as unknown as { api: Api }).api['lists:list']({ kind: 'locations' })
  )
  if (!result.ok) throw new Error(`lists:list failed: ${result.error.code}`)
  return result.data.map((item) => item.name)
}

describe('Settings in the browser preview', () => {
  const newLocation = 'Portable classroom 7'

  test('adds a location with the keyboard alone, and it survives a reload and a server restart', async () => {
    const opened = await openSettingsPage()
    const { page } = opened

    await tabTo(page, newLocationInput(page))
    await page.keyboard.type(newLocation)
    await page.keyboard.press('Enter')
    await locationItem(page, newLocation).waitFor()
    await saveScreenshot(page, 'settings')

    await page.reload()
    await openSettings(page)
    await locationItem(page, newLocation).waitFor()
    expect(await storedLocationNames(page)).toContain(newLocation)
    expectCleanRun(opened)

    // A new process on the same folder: the row really is in the SQLite file.
    expect(await session.preview.stop()).toBe(0)
    const restarted = await session.respawn()
    expect(restarted.stdoutLines()).toEqual([`Close Call preview: ${restarted.url}`])
    const reopened = await openSettingsPage()
    await locationItem(reopened.page, newLocation).waitFor()
    expectCleanRun(reopened)
  })

  test('refuses an empty name with "This is required." and adds nothing', async () => {
    const opened = await openSettingsPage()
    const { page } = opened
    const input = newLocationInput(page)
    const before = await storedLocationNames(page)
    const itemsBefore = await locationsSection(page).getByRole('listitem').count()

    await tabTo(page, input)
    expect(await input.inputValue()).toBe('')
    await page.keyboard.press('Enter')
    await locationsSection(page).getByText('This is required.', { exact: true }).waitFor()

    expect(await storedLocationNames(page)).toEqual(before)
    expect(await locationsSection(page).getByRole('listitem').count()).toBe(itemsBefore)
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'settings-required')
    expectCleanRun(opened)
  })

  test('has no serious or critical accessibility problems', async () => {
    const opened = await openSettingsPage()
    expect(await seriousAxeViolations(opened.page)).toEqual([])
    expectCleanRun(opened)
  })
})
