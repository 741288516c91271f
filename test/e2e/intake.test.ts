import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { Api } from '../../src/shared/ipc/contract'
import { seriousAxeViolations } from '../support/axe'
import type { OpenedPage } from '../support/chromium'
import { pdfPages, pdfText } from '../support/pdfText'
import { expectCleanRun, usePreviewSession } from '../support/previewSession'
import { saveScreenshot } from '../support/screenshots'
import { tabTo } from './settingsScreen'

/**
 * "Report a near miss" in Debian's Chromium through the browser preview: a staff member files a
 * report with the keyboard alone, a form missing what happened is refused with nothing stored,
 * and the chair prints the blank paper form to a one-page PDF.
 */

const session = usePreviewSession('e2e-intake')

/** Opens the app and goes to "Report a near miss" by keyboard, through the main navigation. */
const openIntake = async (): Promise<OpenedPage> => {
  const opened = await session.open()
  const { page } = opened
  await page.getByRole('heading', { level: 1 }).waitFor()
  await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Report a near miss', exact: true }))
  await page.keyboard.press('Enter')
  await page.getByRole('heading', { level: 1, name: 'Report a near miss', exact: true }).waitFor()
  await whatHappened(page).waitFor()
  return opened
}

const whatHappened = (page: Page) => page.getByLabel('What happened?', { exact: true })
const where = (page: Page) => page.getByLabel('Where?', { exact: true })

/** What is really stored, asked through the page's own window.api. */
const storedReports = async (page: Page) => {
  const result = await page.evaluate(() => (globalThis as unknown as { api: Api }).api['reports:list']({}))
  if (!result.ok) throw new Error(`reports:list failed: ${result.error.code}`)
  return result.data
}

const focusedText = async (page: Page) => (await page.locator(':focus').textContent()) ?? ''

describe('Report a near miss in the browser preview', () => {
  test('files a report with the keyboard alone and shows the receipt code', async () => {
    const opened = await openIntake()
    const { page } = opened
    expect(await seriousAxeViolations(page)).toEqual([])

    await tabTo(page, where(page))
    await page.keyboard.type('Gym') // type-ahead on a closed <select>, as a keyboard user picks
    expect(await where(page).locator('option:checked').textContent()).toBe('Gym / weight room')
    await tabTo(page, whatHappened(page))
    await page.keyboard.type('Mr. Smith was careless: a stack of mats slid off the cart when the door opened.')
    // The just-culture nudges appear as the user types, and do not block.
    await page.getByText('This may name a person (“Mr. Smith”). Describe roles instead, e.g. “a 7th-grade student”.').waitFor()
    await page.getByText('“careless” points at a person. Try describing the conditions: what made this possible?').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.keyboard.press('Control+A')
    await page.keyboard.type('A stack of mats slid off the cart when the door opened.')
    await tabTo(page, page.getByRole('checkbox', { name: 'Crowded or poorly designed workspace' }))
    await page.keyboard.press('Space')
    await page.keyboard.press('Control+Enter')

    const heading = page.getByRole('heading', { name: 'Thank you — your report is saved' })
    await heading.waitFor()
    expect(await focusedText(page)).toBe('Thank you — your report is saved')
    const receipt = page.getByRole('region', { name: 'Thank you — your report is saved' })
    const code = (await receipt.locator('strong').textContent()) ?? ''
    expect(code).toMatch(/^NM-\d{4}-0001$/)
    expect(await receipt.textContent()).toContain(`Your receipt code: ${code}`)
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'intake-receipt')

    const stored = await storedReports(page)
    expect(stored.total).toBe(1)
    expect(stored.rows[0]).toMatchObject({ refCode: code, locationName: 'Gym / weight room', whatHappened: 'A stack of mats slid off the cart when the door opened.' })
    expectCleanRun(opened)
  })

  test('refuses a report without what happened: the message is by the field and nothing is saved', async () => {
    const opened = await openIntake()
    const { page } = opened
    const before = (await storedReports(page)).total

    await tabTo(page, where(page))
    await page.keyboard.type('Lib')
    await tabTo(page, page.getByLabel('What could have happened?', { exact: true }))
    await page.keyboard.type('Coach Lee could have been hit by the falling shelf.')
    await page.keyboard.press('Control+Enter')

    await page.getByText('Describe what happened, in a sentence or two.', { exact: true }).first().waitFor()
    expect(await whatHappened(page).getAttribute('aria-invalid')).toBe('true')
    expect(await whatHappened(page).evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true)
    await page.getByText('Please check these fields. Nothing was saved:').waitFor()
    await page.getByText('This may name a person (“Coach Lee”). Describe roles instead, e.g. “a 7th-grade student”.').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'intake-required')

    expect((await storedReports(page)).total).toBe(before)
    expect(await page.getByText(/Your receipt code/).count()).toBe(0)
    expectCleanRun(opened)
  })

  test('prints the blank paper form to a one-page PDF', async () => {
    const opened = await openIntake()
    const { page } = opened
    await tabTo(page, page.getByRole('button', { name: 'Print blank paper form (PDF)' }))
    await page.keyboard.press('Enter')

    const saved = page.getByText(/^Saved to .+\.pdf$/)
    await saved.waitFor({ timeout: 45_000 })
    const file = ((await saved.textContent()) ?? '').replace(/^Saved to /, '')
    expect(file.startsWith(session.dataDir)).toBe(true)
    expect(await pdfPages(file)).toBe(1)
    const text = await pdfText(file)
    expect(text).toContain('Near-miss report')
    expect(text).toContain('What happened?')
    expect(text).toContain('Hand this to the safety committee chair')
    expect(text).toContain('Only the date, place and what happened are required.')
    expectCleanRun(opened)
  })
})
