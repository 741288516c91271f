import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { Channel } from '../../src/shared/ipc/channels'
import type { ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract'
import { seriousAxeViolations } from '../support/axe'
import { launchChromium, openPage } from '../support/chromium'
import { makeTempDataDir, removeDataDir } from '../support/dataDir'
import { seedMeetingMonth } from '../support/meetingSeed'
import { spawnPreview, type RunningPreview } from '../support/previewProcess'
import { saveScreenshot } from '../support/screenshots'

/**
 * The dashboard in Debian's Chromium through the browser preview, on a month of seeded data:
 * three charts with their numbers, no network, no serious axe findings, a screenshot to look at.
 */
let dataDir: string
let preview: RunningPreview
let browser: Browser

beforeAll(async () => {
  dataDir = await makeTempDataDir('e2e-dashboard')
  preview = await spawnPreview(dataDir)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await preview?.stop()
  await removeDataDir(dataDir)
})

/** The backend through the page's own window.api, as the screens reach it. */
const pageCaller =
  (page: Page) =>
  async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const result = (await page.evaluate(
      ([name, payload]) => (globalThis as unknown as { api: Record<string, (input: unknown) => Promise<unknown>> }).api[name]!(payload),
      [channel, input] as const
    )) as { ok: boolean; data?: unknown; error?: unknown }
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`)
    return result.data as ChannelOutput<C>
  }

describe('Dashboard in the browser preview', () => {
  test('shows the three trend charts for the last six months', async () => {
    const { page, network, context } = await openPage(browser, preview.url)
    try {
      await page.getByRole('heading', { level: 1 }).waitFor()
      await seedMeetingMonth(pageCaller(page), new Date().toISOString().slice(0, 10))

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
      expect(network.offenders()).toEqual([])
      expect(network.pageErrors).toEqual([])
      await saveScreenshot(page, 'dashboard')
    } finally {
      await context.close()
    }
  })
})
