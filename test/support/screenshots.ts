import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { artifactsDir } from './paths'

/** Saves a full-page PNG to artifacts/NAME.png for humans to look at; returns the path. */
export const saveScreenshot = async (page: Page, name: string): Promise<string> => {
  await mkdir(artifactsDir, { recursive: true })
  const path = join(artifactsDir, `${name}.png`)
  await page.screenshot({ path, fullPage: true, animations: 'disabled' })
  return path
}
