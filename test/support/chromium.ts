import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { guardNetwork, type NetworkGuard } from './networkGuard'

/**
 * Debian's Chromium (or CHROMIUM_PATH), driven by playwright-core; Playwright's own browser
 * download is not reachable from our machines. `launch()` gives every browser a fresh
 * temporary profile and deletes it on close, so no state leaks between runs.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', // CI runs as root, where Chromium's sandbox cannot start.
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })

export interface OpenedPage {
  context: BrowserContext
  page: Page
  network: NetworkGuard
}

/**
 * A new context (own cookies and storage) and page at `url`, with the network guard already
 * listening, so the very first request is recorded too.
 */
export const openPage = async (browser: Browser, url: string): Promise<OpenedPage> => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'en-US',
    reducedMotion: 'reduce'
  })
  const page = await context.newPage()
  const network = guardNetwork(page, new URL(url).origin)
  await page.goto(url)
  return { context, page, network }
}
