import { execFile } from 'node:child_process'
import { copyFile, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Locator } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { seriousAxeViolations } from '../support/axe'
import { artifactsDir } from '../support/paths'
import { pdfPages, pdfText } from '../support/pdfText'
import { callApi, isoInDays } from '../support/pageApi'
import { expectCleanRun, usePreviewSession } from '../support/previewSession'
import { saveScreenshot } from '../support/screenshots'

/**
 * A root-cause worksheet from start to PDF, in Debian's Chromium through the browser preview:
 * from a triaged report the chair opens a worksheet, writes the 5 Whys, adds a fishbone cause
 * and marks it root, plans a weak action and then an engineering one (the weak-only warning
 * goes), marks the engineering action done and verifies it with a check, closes the report, and
 * exports the worksheet as a PDF whose text is checked with pdftotext and whose first page is
 * rendered to a PNG in artifacts/ for a human to look at.
 */

const run = promisify(execFile)

const session = usePreviewSession('e2e-worksheet')

const open = session.open

const ROOT_CAUSE = 'Heavy boxes are stored on the top shelf, above head height'
const WEAK_ACTION = 'Put up a sign asking staff to lift carefully'
const ENGINEERING_ACTION = 'Fit a lower shelf unit for heavy boxes and a lip rail on the top shelf'
const WHYS = [
  'A box of copy paper slid off the top shelf as a teacher pulled the one beside it.',
  'Heavy boxes are kept on the top shelf.',
  'The lower shelves are full of rarely used supplies.',
  'Nobody is responsible for deciding what is stored where.',
  'The storage room was never planned after the copy room moved.'
]

/** Fills the shared action form inside `scope` and saves it. */
async function addAction(scope: Locator, action: { description: string; control: RegExp; owner: string; due: string; measure: string }) {
  await scope.getByRole('button', { name: `Add an action for ${ROOT_CAUSE}` }).click()
  await scope.getByLabel('What will change?').fill(action.description)
  await scope.getByRole('radio', { name: action.control }).check()
  await scope.getByLabel('Owner', { exact: true }).selectOption({ label: action.owner })
  await scope.getByLabel('Due date').fill(action.due)
  await scope.getByLabel('Measure of success').fill(action.measure)
  await scope.getByRole('button', { name: 'Save action' }).click()
  await scope.getByText(action.description, { exact: true }).waitFor()
}

describe('Root-cause worksheet in the browser preview', () => {
  test('from a triaged report to a verified action, a closed report and a signed-off PDF', async () => {
    const opened = await open('#/register')
    const { page } = opened
    await page.getByRole('heading', { level: 1, name: 'Register', exact: true }).waitFor()

    // A school, a committee member and one triaged report with a condition ticked.
    await callApi(page, 'settings:update', { schoolName: 'Lincoln Middle School', committeeName: 'Joint Health and Safety Committee' })
    await callApi(page, 'lists:add', { kind: 'members', name: 'Pat Rivera', detail: 'Custodian' })
    const places = new Map((await callApi(page, 'lists:list', { kind: 'locations' })).map((item) => [item.name, item.id] as const))
    const conditions = await callApi(page, 'lists:list', { kind: 'conditions' })
    const storedHigh = conditions.find((item) => item.name.startsWith('Equipment stored too high'))!
    const report = await callApi(page, 'reports:create', {
      occurredOn: '2026-02-20',
      locationId: places.get('Office')!,
      whatHappened: 'A box of copy paper slid off the top shelf in the copy room and landed where a teacher had just been standing.',
      conditionIds: [storedHigh.id]
    })
    await callApi(page, 'reports:triage', { id: report.id, severity: 4, likelihood: 4, decision: 'investigate' })

    // Open a worksheet from the report (its page links to #/worksheets/new?reports=<id>).
    await page.goto(`${session.preview.url}#/reports/${report.id}`)
    await page.getByRole('heading', { level: 1, name: `Report ${report.refCode}` }).waitFor()
    const link = page.getByRole('link', { name: /root-cause worksheet/i })
    if ((await link.count()) > 0) await link.first().click()
    else await page.goto(`${session.preview.url}#/worksheets/new?reports=${report.id}`)
    await page.getByRole('heading', { level: 1, name: 'New root-cause worksheet' }).waitFor()
    await page.getByRole('list', { name: 'Reports covered' }).getByRole('link', { name: report.refCode }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'worksheet-new')
    await page.getByLabel('Worksheet title').fill('Heavy boxes on high shelves in the copy room')
    await page.getByRole('button', { name: 'Create worksheet' }).click()
    await page.getByRole('heading', { level: 1, name: 'Heavy boxes on high shelves in the copy room' }).waitFor()
    const worksheetUrl = page.url()

    // The problem.
    const problem = page.getByRole('region', { name: 'The problem' })
    await problem.getByLabel('Problem statement').fill('A heavy box fell from the top shelf of the copy room storage, where staff reach past it every day.')
    await problem.getByLabel('Short timeline').fill('7:50 teacher reaches for paper. Box beside it tips. Box lands on the floor where she had stood.')
    await problem.getByRole('button', { name: 'Save problem and timeline' }).click()
    await problem.getByText('Problem and timeline saved.').waitFor()

    // The 5 Whys, by keyboard: "Add a why" moves focus into the new answer.
    const whys = page.getByRole('region', { name: '5 Whys' })
    for (const answer of WHYS) {
      await whys.getByRole('button', { name: 'Add a why' }).click()
      await page.keyboard.type(answer)
    }
    await whys.getByRole('button', { name: 'Save the 5 Whys' }).click()
    await whys.getByText('5 Whys saved.').waitFor()

    // A fishbone cause on "Environment & layout", marked as the root cause.
    const fishbone = page.getByRole('region', { name: 'Fishbone: contributing conditions' })
    const environment = fishbone.getByRole('region', { name: 'Environment & layout' })
    await environment.getByLabel('Add a cause on Environment & layout').fill(ROOT_CAUSE)
    await environment.getByRole('button', { name: 'Add cause on Environment & layout' }).click()
    await environment.getByText(`Cause “${ROOT_CAUSE}” added to Environment & layout.`).waitFor()
    await environment.getByRole('checkbox', { name: `Root cause: ${ROOT_CAUSE}` }).check()
    const card = page.getByRole('article', { name: `ROOT ${ROOT_CAUSE}` })
    await card.waitFor()
    await page.getByRole('img', { name: /Fishbone diagram/ }).getByText('ROOT', { exact: true }).waitFor()
    await card.getByLabel('Root-cause statement').fill('Heavy stock lives on the top shelf because the lower shelves hold rarely used supplies, so staff lift boxes above head height daily.')
    await card.getByRole('button', { name: /Save statement and reason/ }).click()
    await card.getByText(`Saved for “${ROOT_CAUSE}”.`).waitFor()

    // A weaker action first: the warning appears. Then an engineering action: it goes.
    await addAction(card, { description: WEAK_ACTION, control: /^Administrative/, owner: 'Pat Rivera', due: isoInDays(3), measure: 'Sign is up' })
    const warning = card.getByText(/Only weaker actions \(reminders, training, signs\) address this root cause/)
    await warning.waitFor()
    expect(await card.locator('.strength-meter').textContent()).toBe('Strength of actions: Weaker only')
    await saveScreenshot(page, 'worksheet-weak-only')
    await addAction(card, {
      description: ENGINEERING_ACTION,
      control: /^Engineering/,
      owner: 'Pat Rivera',
      due: isoInDays(14),
      measure: 'No boxes above shoulder height at the monthly walk-through'
    })
    await warning.waitFor({ state: 'detached' })
    expect(await card.locator('.strength-meter').textContent()).toBe('Strength of actions: Stronger')

    // The engineering action: done, then verified by an effectiveness check.
    await card.getByRole('button', { name: /^Mark done: Fit a lower shelf unit/ }).click()
    await card.getByRole('button', { name: /^Record effectiveness check: Fit a lower shelf unit/ }).click()
    await card.getByLabel('What did the check show?').fill('Walk-through on the due date: every heavy box is on the new lower unit; the rail is fitted.')
    await card.getByRole('radio', { name: 'Yes' }).check()
    await card.getByRole('button', { name: 'Save check' }).click()
    await card.getByText(/^Verified: the check shows/).waitFor()
    // The sign is no longer needed: dropped with a reason, so nothing is left open.
    await card.getByRole('button', { name: /^Drop: Put up a sign/ }).click()
    await card.getByLabel('Why is it dropped?').fill('The shelf change removes the need to lift above head height.')
    await card.getByRole('button', { name: 'Drop action' }).click()
    await card.getByText(/is now Dropped/).waitFor()

    // Status: in review, then complete.
    const status = page.getByRole('region', { name: 'Status' })
    await status.getByRole('button', { name: 'Send for review' }).click()
    await status.getByText('The worksheet is now “In review”.').waitFor()
    await status.getByRole('button', { name: 'Mark complete' }).click()
    await status.getByText('The worksheet is now “Complete”.').waitFor()

    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'worksheet')
    await fishbone.screenshot({ path: join(artifactsDir, 'worksheet-fishbone.png'), animations: 'disabled' })
    await card.screenshot({ path: join(artifactsDir, 'worksheet-root-cause.png'), animations: 'disabled' })

    // Close the report: closure note and feedback to staff.
    await page.goto(`${session.preview.url}#/reports/${report.id}`)
    await page.getByRole('heading', { level: 1, name: `Report ${report.refCode}` }).waitFor()
    await page.getByRole('button', { name: 'Close report' }).click()
    await page.getByRole('textbox', { name: 'Closure note' }).fill('Lower shelf unit and rail fitted; check on the due date found every heavy box below shoulder height.')
    await page.getByRole('textbox', { name: /Feedback to staff/ }).fill('You said boxes were falling from the copy room top shelf. We fitted a lower shelf and a rail.')
    await page.getByRole('button', { name: 'Close report' }).last().click()
    await page.getByText('Status changed to Closed.').waitFor()
    expect(await callApi(page, 'reports:get', { id: report.id })).toMatchObject({ status: 'closed' })

    // Export the worksheet as a PDF.
    await page.goto(worksheetUrl)
    await page.getByRole('heading', { level: 1, name: 'Heavy boxes on high shelves in the copy room' }).waitFor()
    await page.getByRole('button', { name: 'Export worksheet (PDF)' }).click()
    const saved = page.getByText(/^Saved to .+\.pdf$/)
    await saved.waitFor({ timeout: 30_000 })
    const file = ((await saved.textContent()) ?? '').replace(/^Saved to /, '')
    expect(file).toMatch(/Root-cause worksheet - Heavy boxes on high shelves in the copy room\.pdf$/)
    expect(await pdfPages(file)).toBeLessThanOrEqual(2)

    // A picture of each page for a human to look at.
    await mkdir(artifactsDir, { recursive: true })
    await copyFile(file, join(artifactsDir, 'worksheet.pdf'))
    await run('pdftoppm', ['-png', '-r', '60', file, join(artifactsDir, 'worksheet-pdf')])

    // Reading order (not layout), so a table cell's wrapped text reads as one phrase.
    const text = (await run('pdftotext', [file, '-'], { encoding: 'utf8' })).stdout.replace(/\s+/g, ' ')
    expect(text).toMatch(/root-cause worksheet/i)
    for (const expected of ['Lincoln Middle School', report.refCode, ROOT_CAUSE, ENGINEERING_ACTION, 'Verified', 'It worked.', 'Signature', WHYS[3]!]) {
      expect(text).toContain(expected)
    }
    expect(await pdfText(file)).toMatch(/Page 1 of [12]/)

    // The list shows it, complete; the list is clean too.
    await page.getByRole('link', { name: 'All worksheets' }).click()
    await page.getByRole('heading', { level: 1, name: 'Root-cause worksheets' }).waitFor()
    const row = page.getByRole('row', { name: /Heavy boxes on high shelves in the copy room/ })
    await row.waitFor()
    expect(await row.getByText('Complete', { exact: true }).count()).toBe(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await saveScreenshot(page, 'worksheet-list')
    expectCleanRun(opened)
  })
})
