import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { seriousAxeViolations } from '../support/axe'
import { callApi } from '../support/pageApi'
import { expectCleanRun, usePreviewSession } from '../support/previewSession'
import { saveScreenshot } from '../support/screenshots'
import { tabTo } from './settingsScreen'

/**
 * The register and a report's page in Debian's Chromium through the browser preview: the chair
 * finds a report by a word from "What happened?", opens it, triages it to High with the
 * keyboard alone, and finds it again under the High filter, which survives a reload and Back.
 * Screens are checked with axe and the network guard; screenshots go to artifacts/.
 */

const session = usePreviewSession('e2e-register')

const open = session.open

const STORIES: ReadonlyArray<{ place: string; day: string; text: string }> = [
  { place: 'CTE shop', day: '2026-02-20', text: 'A loaded cart tipped on the ramp but did not fall; a student steadied it.' },
  { place: 'Gym / weight room', day: '2026-02-18', text: 'Stepladder left open across the storage doorway during passing period.' },
  { place: 'Science lab / prep room', day: '2026-02-11', text: 'Acid bottle stored above eye level slid off the shelf and landed in the sink.' },
  { place: 'Cafeteria / kitchen', day: '2026-01-30', text: 'Water on the floor by the dish return; two students slipped but caught the rail.' },
  { place: 'Bus loop / parking', day: '2026-01-22', text: 'A car reversed through the bus loop while students were crossing at dismissal.' },
  { place: 'Hallway / stairs', day: '2026-01-09', text: 'Fire door on the east stairs was propped open with a wedge again.' }
]

/** A school with a name and a few months of reports, filed through the real backend. */
const seedSchool = async (page: Page, extra = 0): Promise<Map<string, { id: number; refCode: string }>> => {
  await callApi(page, 'settings:update', { schoolName: 'Lincoln Middle School' })
  const places = new Map((await callApi(page, 'lists:list', { kind: 'locations' })).map((l) => [l.name, l.id] as const))
  const filed = new Map<string, { id: number; refCode: string }>()
  for (const story of STORIES) {
    filed.set(story.text, await callApi(page, 'reports:create', { occurredOn: story.day, locationId: places.get(story.place)!, whatHappened: story.text }))
  }
  for (let n = 1; n <= extra; n += 1) {
    const day = `2025-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`
    await callApi(page, 'reports:create', { occurredOn: day, locationId: places.get('Classroom')!, whatHappened: `Chair ${n} in room 2${n % 10} wobbled when a student leaned back.` })
  }
  return filed
}

const registerHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Register', exact: true })
const countLine = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text })
const table = (page: Page) => page.getByRole('table', { name: 'Near-miss reports' })
const rowFor = (page: Page, refCode: string): Locator => table(page).getByRole('row').filter({ has: page.getByRole('link', { name: refCode, exact: true }) })

describe('Register and triage in the browser preview', () => {
  test('an empty register encourages reporting', async () => {
    const opened = await open('#/register')
    const { page } = opened
    await page.getByRole('heading', { name: 'No near misses reported yet' }).waitFor()
    expect(await page.getByText(/A rising number of reports is good news/).count()).toBe(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'register-empty')
    expectCleanRun(opened)
  })

  test('finds a report by a word, triages it to High by keyboard, and finds it under High', async () => {
    const opened = await open('#/register')
    const { page } = opened
    await registerHeading(page).waitFor()
    const filed = await seedSchool(page, 60)
    const ladder = filed.get(STORIES[1]!.text)!
    await page.reload()
    await countLine(page, 'Showing 1–50 of 66').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'register')

    // Search by a word from "What happened?", by keyboard.
    const search = page.getByRole('searchbox', { name: 'Search reports' })
    await tabTo(page, search)
    await page.keyboard.type('stepladd')
    await countLine(page, 'Showing 1–1 of 1').waitFor()
    expect(await table(page).getByRole('row').count()).toBe(2) // header + the one report
    await saveScreenshot(page, 'register-search')

    // Open it from its ref code link.
    await tabTo(page, page.getByRole('link', { name: ladder.refCode, exact: true }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: `Report ${ladder.refCode}` }).waitFor()
    expect(page.url()).toContain(`#/reports/${ladder.id}`)
    await page.getByText(STORIES[1]!.text).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'report-detail')

    // Triage: Tab into the matrix, arrows to severity 4 × likelihood 4, Tab on to Save.
    const matrix = page.getByRole('radiogroup', { name: 'Risk matrix: severity by likelihood' })
    await tabTo(page, matrix.getByRole('radio', { name: 'Severity 5 Life-threatening or permanent, likelihood 1 Rare: Medium' }))
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight']) await page.keyboard.press(key)
    const high = matrix.getByRole('radio', { name: 'Severity 4 Serious injury / hospital, likelihood 4 Likely: High' })
    expect(await high.getAttribute('aria-checked')).toBe('true')
    expect(await high.evaluate((cell) => cell === cell.ownerDocument.activeElement)).toBe(true)
    expect(await page.getByRole('radio', { name: /Investigate/ }).isChecked()).toBe(true)
    await tabTo(page, page.getByRole('button', { name: 'Save triage' }))
    await page.keyboard.press('Enter')
    await page.getByText('Triage saved: High, Investigate.').waitFor()
    await page.getByText('Triaged — High (severity 4 × likelihood 4), decision: Investigate').waitFor()
    expect(await callApi(page, 'reports:get', { id: ladder.id })).toMatchObject({ riskLevel: 'high', status: 'triaged', triageDecision: 'investigate' })
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'report-triaged')

    // The close form, open, is clean too.
    await page.getByRole('button', { name: 'Close report' }).click()
    await page.getByRole('textbox', { name: 'Closure note' }).waitFor()
    await page.getByRole('button', { name: 'Close report' }).last().click()
    await page.getByText('Write the feedback to staff', { exact: false }).first().waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'report-close-form')

    // Back to the register (it remembers the search), then filter by risk High.
    await page.getByRole('link', { name: 'Back to the register' }).click()
    await countLine(page, 'Showing 1–1 of 1').waitFor()
    expect(page.url()).toContain('#/register?q=stepladd')
    await page.getByRole('button', { name: 'Clear filters' }).first().click()
    await countLine(page, 'Showing 1–50 of 66').waitFor()
    const highFilter = page.getByRole('group', { name: 'Risk level' }).getByRole('checkbox', { name: 'High', exact: true })
    await tabTo(page, highFilter)
    await page.keyboard.press('Space')
    await countLine(page, 'Showing 1–1 of 1').waitFor()
    expect(await rowFor(page, ladder.refCode).getByText('High', { exact: true }).count()).toBe(1)
    expect(page.url()).toContain('#/register?risk=high')
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'register-high')

    // A reload keeps the filter; Back returns to the unfiltered list.
    await page.reload()
    await countLine(page, 'Showing 1–1 of 1').waitFor()
    expect(await highFilter.isChecked()).toBe(true)
    await page.goBack()
    await countLine(page, 'Showing 1–50 of 66').waitFor()
    expect(await highFilter.isChecked()).toBe(false)
    expectCleanRun(opened)
  })

  test('pages through the list and sorts by a column header', async () => {
    const opened = await open('#/register')
    const { page } = opened
    await countLine(page, 'Showing 1–50 of 66').waitFor()
    await page.getByRole('button', { name: 'Next page' }).click()
    await countLine(page, 'Showing 51–66 of 66').waitFor()
    expect(page.url()).toContain('page=2')
    await page.getByRole('button', { name: /^Risk/ }).click()
    await countLine(page, 'Showing 1–50 of 66').waitFor()
    expect(await page.getByRole('columnheader', { name: /^Risk/ }).getAttribute('aria-sort')).toBe('descending')
    expect(await table(page).getByRole('row').nth(1).getByText('High', { exact: true }).count()).toBe(1)
    expectCleanRun(opened)
  })
})
