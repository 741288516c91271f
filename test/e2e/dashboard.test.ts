import { describe, expect, test } from 'vitest'
import { seriousAxeViolations } from '../support/axe'
import { seedMeetingMonth } from '../support/meetingSeed'
import { callApi } from '../support/pageApi'
import { expectCleanRun, usePreviewSession } from '../support/previewSession'
import { saveScreenshot } from '../support/screenshots'

/**
 * The dashboard in Debian's Chromium through the browser preview, on a month of seeded data:
 * three charts with their numbers, no network, no serious axe findings, a screenshot to look at.
 */
const session = usePreviewSession('e2e-dashboard')

describe('Dashboard in the browser preview', () => {
  test('shows the three trend charts for the last six months', async () => {
    const opened = await session.open()
    const { page } = opened
    await page.getByRole('heading', { level: 1 }).waitFor()
    await seedMeetingMonth((channel, input) => callApi(page, channel, input), new Date().toISOString().slice(0, 10))

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor()
    await page.getByText('10 reports filed; 9 events once reports of the same event are counted together.').waitFor()
    for (const title of ['Near misses reported per month', 'Near misses by hazard category', 'Near misses by place']) {
      await page.getByRole('heading', { level: 2, name: title }).waitFor()
    }
    // Bars are drawn with their numbers; the picture is hidden from screen readers, the table is not.
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10)
    expect(await page.getByRole('table').count()).toBe(3)
    expect(await seriousAxeViolations(page)).toEqual([])
    expectCleanRun(opened)
    await saveScreenshot(page, 'dashboard')
  })
})
