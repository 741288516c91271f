import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import type { Api } from '../../src/shared/ipc/contract'
import { seriousAxeViolations } from '../support/axe'
import { launchChromium, openPage, type OpenedPage } from '../support/chromium'
import { makeTempDataDir, removeDataDir } from '../support/dataDir'
import { spawnPreview, type RunningPreview } from '../support/previewProcess'
import { saveScreenshot } from '../support/screenshots'
import { locationItem, locationsSection, newLocationInput, openSettings, tabTo } from './settingsScreen'

let dataDir: string
let preview: RunningPreview
let browser: Browser
const openContexts: BrowserContext[] = []

beforeAll(async () => {
  dataDir = await makeTempDataDir('e2e-settings')
  preview = await spawnPreview(dataDir)
  browser = await launchChromium()
})

afterEach(async () => {
  await Promise.all(openContexts.splice(0).map((context) => context.close()))
})

afterAll(async () => {
  await browser?.close()
  await preview?.stop()
  await removeDataDir(dataDir)
})

/** Opens the preview's Settings screen in a fresh browser context. */
const openSettingsPage = async (): Promise<OpenedPage> => {
  const opened = await openPage(browser, preview.url)
  openContexts.push(opened.context)
  await openSettings(opened.page)
  return opened
}

/** The app stayed on 127.0.0.1 and threw nothing. */
const expectCleanRun = ({ network }: OpenedPage) => {
  expect(network.offenders()).toEqual([])
  expect(network.pageErrors).toEqual([])
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
    expect(await preview.stop()).toBe(0)
    preview = await spawnPreview(dataDir)
    expect(preview.stdoutLines()).toEqual([`Close Call preview: ${preview.url}`])
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
