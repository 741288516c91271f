import type { Browser, BrowserContext } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'
import { launchChromium, openPage, type OpenedPage } from './chromium'
import { makeTempDataDir, removeDataDir } from './dataDir'
import { spawnPreview, type RunningPreview } from './previewProcess'

/**
 * What every browser e2e file needs: its own empty data folder, the real preview CLI on it, and
 * one Chromium. Registers the vitest hooks itself so each file starts and tears down the same way.
 */
export interface PreviewSession {
  readonly dataDir: string
  readonly preview: RunningPreview
  readonly browser: Browser
  /** `preview.url` + `hash` in a fresh context; the context is closed after the test. */
  open(hash?: string): Promise<OpenedPage>
  /** A new preview process on the same data folder, once the test has stopped the old one. */
  respawn(): Promise<RunningPreview>
}

/** Call at the top level of a test file; `label` names the temporary data folder. */
export const usePreviewSession = (label: string): PreviewSession => {
  let dataDir: string
  let preview: RunningPreview
  let browser: Browser
  const openContexts: BrowserContext[] = []

  beforeAll(async () => {
    dataDir = await makeTempDataDir(label)
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

  return {
    get dataDir() {
      return dataDir
    },
    get preview() {
      return preview
    },
    get browser() {
      return browser
    },
    open: async (hash = '') => {
      const opened = await openPage(browser, `${preview.url}${hash}`)
      openContexts.push(opened.context)
      return opened
    },
    respawn: async () => (preview = await spawnPreview(dataDir))
  }
}

/** The app stayed on the preview's origin and threw nothing. */
export const expectCleanRun = ({ network }: OpenedPage): void => {
  expect(network.offenders()).toEqual([])
  expect(network.pageErrors).toEqual([])
}
