import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import type { ChannelInput } from '../../src/shared/ipc/contract'
import { seriousAxeViolations } from '../support/axe'
import { callApi, isoInDays } from '../support/pageApi'
import { expectCleanRun, usePreviewSession } from '../support/previewSession'
import { saveScreenshot } from '../support/screenshots'
import { tabTo } from './settingsScreen'

/**
 * The Actions page in Debian's Chromium through the browser preview: the chair sees what is
 * overdue, due in the next 14 days and done but unchecked; narrows the list to one owner; marks
 * an action done and records the effectiveness check that verifies it. Checked with axe and the
 * network guard; screenshots go to artifacts/.
 */

const session = usePreviewSession('e2e-actions')

/** One report and five actions: two overdue, one due in 6 days, one in 45 days, one done. */
const seed = async (page: Page) => {
  await callApi(page, 'settings:update', { schoolName: 'Lincoln Middle School' })
  const locations = await callApi(page, 'lists:list', { kind: 'locations' })
  const report = await callApi(page, 'reports:create', {
    occurredOn: isoInDays(-30),
    locationId: locations[0]!.id,
    whatHappened: 'A box of glassware slid off the top shelf in the prep room and landed on the bench'
  })
  const lee = await callApi(page, 'lists:add', { kind: 'members', name: 'Ms. Lee', detail: 'Science lead' })
  const ortiz = await callApi(page, 'lists:add', { kind: 'members', name: 'Mr. Ortiz', detail: 'Custodian' })
  const make = (description: string, dueIn: number, extra: Partial<ChannelInput<'actions:create'>> = {}) =>
    callApi(page, 'actions:create', {
      reportId: report.id,
      description,
      controlType: 'engineering',
      ownerMemberId: lee.id,
      dueOn: isoInDays(dueIn),
      successMeasure: 'Nothing stored above shoulder height at the monthly walk-through',
      ...extra
    })
  const shelves = await make('Move glassware to shelves below shoulder height', -3)
  const lip = await make('Fit a lip on the top shelf', -1, { ownerMemberId: ortiz.id })
  await callApi(page, 'actions:setStatus', { id: lip.id, status: 'inProgress' })
  await make('Checklist for storing glassware', 6, { controlType: 'administrative', strength: 'intermediate' })
  await make('Replace the prep room shelving', 45, { ownerMemberId: null, ownerName: 'District facilities office', controlType: 'substitution' })
  const sign = await make('Sign on the shelf: heavy items low', -10, { ownerMemberId: ortiz.id, controlType: 'administrative' })
  await callApi(page, 'actions:setStatus', { id: sign.id, status: 'done' })
  return { report, shelves }
}

const tileCount = (page: Page, title: string): Locator =>
  page.getByRole('heading', { level: 3, name: title, exact: true }).locator('xpath=ancestor::section[1]').locator('.action-tile__count')

const rowOf = (page: Page, description: string): Locator =>
  page.getByRole('table', { name: 'Corrective actions' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: description }) })

const rowHeaders = (page: Page) => page.getByRole('table', { name: 'Corrective actions' }).getByRole('rowheader')

describe('Actions in the browser preview', () => {
  test('follow-up tiles, owner filter, and an action verified by its effectiveness check', async () => {
    const opened = await session.open()
    const { page } = opened
    await page.getByRole('heading', { level: 1 }).waitFor()
    const { shelves } = await seed(page)

    // To the Actions page by keyboard, through the main navigation.
    await tabTo(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Actions', exact: true }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 1, name: 'Actions', exact: true }).waitFor()
    await page.getByRole('table', { name: 'Corrective actions' }).waitFor()

    expect(await tileCount(page, 'Overdue').textContent()).toBe('2')
    expect(await tileCount(page, 'Due in the next 14 days').textContent()).toBe('1')
    expect(await tileCount(page, 'Done — awaiting effectiveness check').textContent()).toBe('1')
    expect(await rowHeaders(page).count()).toBe(5)
    await rowOf(page, 'Move glassware to shelves below shoulder height').getByText('3 days overdue', { exact: true }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'actions')

    // Only Ms. Lee's actions; the tiles follow.
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Ms. Lee' })
    await page.getByText('2 actions', { exact: true }).waitFor()
    expect(await rowHeaders(page).allTextContents()).toEqual(['Move glassware to shelves below shoulder height', 'Checklist for storing glassware'])
    expect(await tileCount(page, 'Overdue').textContent()).toBe('1')
    expect(await tileCount(page, 'Done — awaiting effectiveness check').textContent()).toBe('0')
    expect(page.url()).toContain(`#/actions?owner=m`)

    // Done, then the check that proves it worked.
    const row = rowOf(page, 'Move glassware to shelves below shoulder height')
    await row.getByRole('button', { name: 'Mark done: Move glassware to shelves below shoulder height' }).click()
    await page.getByText('“Move glassware to shelves below shoulder height” is now Done.', { exact: true }).waitFor()
    // The message comes with main's answer; the tiles with the list read after it.
    await expect.poll(() => tileCount(page, 'Overdue').textContent()).toBe('0')
    expect(await tileCount(page, 'Done — awaiting effectiveness check').textContent()).toBe('1')
    await row.getByRole('button', { name: 'Record effectiveness check: Move glassware to shelves below shoulder height' }).click()
    const checkedOn = row.getByLabel('Checked on', { exact: true })
    expect(await checkedOn.inputValue()).toBe(isoInDays(0))
    await row.getByLabel('What did the check show?', { exact: true }).fill('Walk-through on Friday: all glassware on the two lowest shelves')
    await row.getByRole('radio', { name: 'Yes', exact: true }).check()
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'actions-check')
    await row.getByRole('button', { name: 'Save check', exact: true }).click()
    await page.getByText('Verified: the check shows “Move glassware to shelves below shoulder height” worked.', { exact: true }).waitFor()
    await row.getByText('Verified', { exact: true }).waitFor()
    await expect.poll(() => tileCount(page, 'Done — awaiting effectiveness check').textContent()).toBe('0')

    const stored = await callApi(page, 'actions:list', { ownerMemberId: shelves.ownerMemberId! })
    expect(stored.rows.find((r) => r.id === shelves.id)).toMatchObject({
      status: 'verified',
      checkEffective: true,
      checkedOn: isoInDays(0),
      checkResult: 'Walk-through on Friday: all glassware on the two lowest shelves'
    })

    // The edit dialog: focus inside, Escape closes, focus back on Edit.
    const edit = rowOf(page, 'Checklist for storing glassware').getByRole('button', { name: 'Edit: Checklist for storing glassware' })
    await edit.click()
    const dialog = page.getByRole('dialog', { name: 'Edit action' })
    await dialog.waitFor()
    expect(await dialog.getByLabel('What will change?', { exact: true }).evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'actions-edit')
    await page.keyboard.press('Escape')
    await dialog.waitFor({ state: 'detached' })
    expect(await edit.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true)

    expectCleanRun(opened)
  })
})
