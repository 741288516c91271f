import { chromium, type Browser } from 'playwright-core'

/** Where Debian puts Chromium; CHROMIUM_PATH overrides it (other distributions, CI images). */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Debian's Chromium driven by playwright-core, with the same flags as test/support/chromium.ts.
 * It is a copy on purpose: the preview must not import test code. Playwright's own browser
 * download is not reachable from our machines. `launch()` gives the browser a fresh temporary
 * profile and deletes it on close, so nothing printed leaves state behind.
 */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromiumPath(),
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
