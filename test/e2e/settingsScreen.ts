import type { Locator, Page } from 'playwright-core'

/**
 * How the e2e tests find things on the Settings screen: only by what a user (or a screen reader)
 * perceives — roles, accessible names and visible text from src/shared/i18n/en.ts — never by
 * CSS classes or test ids.
 */
export const openSettings = async (page: Page): Promise<void> => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click()
  await page.getByRole('heading', { level: 1, name: 'Settings', exact: true }).waitFor()
}

/** The innermost <section> whose heading is `name`. */
export const sectionByHeading = (page: Page, name: string): Locator =>
  page.getByRole('heading', { name, exact: true }).locator('xpath=ancestor::section[1]')

export const locationsSection = (page: Page): Locator => sectionByHeading(page, 'Locations')

export const newLocationInput = (page: Page): Locator =>
  locationsSection(page).getByLabel('New location', { exact: true })

export const locationItem = (page: Page, name: string): Locator =>
  locationsSection(page).getByRole('listitem').filter({ hasText: name })

const isFocused = (locator: Locator) => locator.evaluate((element) => element === element.ownerDocument.activeElement)

/**
 * Presses Tab until `target` has focus, as a keyboard user would; fails if it never does
 * (which would mean the control is unreachable by keyboard).
 */
export const tabTo = async (page: Page, target: Locator, maxPresses = 80): Promise<void> => {
  await target.waitFor()
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await isFocused(target)) return
    await page.keyboard.press('Tab')
  }
  if (await isFocused(target)) return
  throw new Error(`Tab never reached ${target.toString()} in ${maxPresses} presses.`)
}
