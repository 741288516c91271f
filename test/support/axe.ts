import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { AxeResults, ImpactValue } from 'axe-core'
import type { Page } from 'playwright-core'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const BLOCKING: readonly ImpactValue[] = ['serious', 'critical']

export interface AxeViolation {
  id: string
  impact: ImpactValue | undefined
  help: string
  targets: string[]
}

/**
 * Runs axe-core on the page as it is now and returns the serious and critical violations
 * (@axe-core/playwright would do this but needs Node 22).
 *
 * The app's CSP (`script-src 'self'`) blocks the inline <script> that `page.addScriptTag`
 * creates, and turning on `bypassCSP` would stop the tests from noticing CSP breakage. So axe's
 * source is evaluated through the DevTools protocol, which CSP does not govern.
 */
export const seriousAxeViolations = async (page: Page): Promise<AxeViolation[]> => {
  const source = await readFile(axePath, 'utf8')
  await page.evaluate(source)
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run()
  )
  return results.violations
    .filter((violation) => violation.impact != null && BLOCKING.includes(violation.impact))
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' '))
    }))
}
