import { execFile } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { STANDING_ITEMS } from '../../src/shared/domain/meetings'
import { en } from '../../src/shared/i18n/en'
import { seriousAxeViolations } from '../support/axe'
import type { OpenedPage } from '../support/chromium'
import { artifactsDir } from '../support/paths'
import { callApi, isoInDays, tryApi } from '../support/pageApi'
import { usePreviewSession } from '../support/previewSession'
import { saveScreenshot } from '../support/screenshots'

/**
 * The monthly review from agenda to locked minutes, in Debian's Chromium through the browser
 * preview. A month of reports (two of them the same event, some triaged high) and a worksheet
 * with a root cause and two actions (one overdue, one done) are seeded through the page's own
 * window.api; everything else is done on screen: the chair plans the meeting, builds and exports
 * the agenda, records attendance, notes, a recommendation and an action from an item, marks the
 * meeting held, records where the minutes were posted and exports them; at the next meeting the
 * minutes are approved, after which the first meeting is read-only and takes an amendment that
 * shows in its minutes PDF. Each PDF is checked with pdftotext and drawn to PNG in artifacts/.
 */

const run = promisify(execFile)

const session = usePreviewSession('e2e-meeting')
let opened: OpenedPage

const dateOf = (iso: string, style: 'medium' | 'long' | 'full') => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat('en', { dateStyle: style }).format(new Date(y, m - 1, d))
}

const expectAxeClean = async (page: Page) => expect(await seriousAxeViolations(page)).toEqual([])

/** Reading-order text of a PDF, whitespace collapsed, so wrapped cells read as one phrase. */
const flatPdfText = async (file: string) => (await run('pdftotext', [file, '-'], { encoding: 'utf8' })).stdout.replace(/\s+/g, ' ')

/** Presses one of the workspace's export buttons and returns the saved file's path. */
async function exportPdf(page: Page, button: string, pngName: string): Promise<string> {
  const row = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: button, exact: true }) })
  await row.getByRole('button', { name: button, exact: true }).click()
  const saved = row.getByText(/^Saved to .+\.pdf$/)
  await saved.waitFor({ timeout: 45_000 })
  const file = ((await saved.textContent()) ?? '').replace(/^Saved to /, '')
  await mkdir(artifactsDir, { recursive: true })
  await run('pdftoppm', ['-png', '-r', '60', '-l', '3', file, join(artifactsDir, pngName)])
  return file
}

const itemSection = (page: Page, title: string): Locator => page.getByRole('region', { name: new RegExp(`^\\d+\\. ${title.replace(/[?()]/g, '\\$&')}$`) })

const TODAY = isoInDays(0)
const NEXT_MEETING = isoInDays(28)
const TITLES = STANDING_ITEMS.map((kind) => en.meetings.standing[kind])
const ROOT_CAUSE = 'Acid stock is stored on the top shelf of the prep room cabinet'
const OVERDUE_ACTION = 'Fit a low, locking acid cabinet in the prep room'
const DONE_ACTION = 'Move all acid stock below shoulder height'
const NEAR_MISS_NOTES = 'Two reports of the same acid bottle: the top shelf is used because the low cabinet is full.'
const NEAR_MISS_DECISION = 'Science lead to clear the low cabinet this week.'
const TRENDS_NOTES = 'More reports from the science wing since the reminder at the staff meeting.'
const RECOMMENDATION = 'Fund a locking acid cabinet for the prep room'
const RESPONSE_DUE = isoInDays(14)
const ITEM_ACTION = 'Label the prep room shelves with weight limits'
const GUEST = 'District safety officer'
const POSTED_WHERE = 'Staff room notice board'
const NEXT_NOTE = 'Same time, library conference room'
const AMENDMENT = 'The guest was the district safety officer, not the fire marshal.'

/** Settings, four members, a month of reports and one worksheet with two actions. */
async function seed(page: Page) {
  await callApi(page, 'settings:update', { schoolName: 'Lincoln Middle School', committeeName: 'Joint Health and Safety Committee' })
  const member = async (name: string, detail: string) => (await callApi(page, 'lists:add', { kind: 'members', name, detail })).id
  const pat = await member('Pat Rivera', 'Custodian')
  await member('Dana Ortiz', 'Assistant principal')
  await member('Sam Lee', 'Science lead')
  await member('Rita Moss', 'School nurse')
  const places = new Map((await callApi(page, 'lists:list', { kind: 'locations' })).map((item) => [item.name, item.id] as const))
  const placeId = (prefix: string) => [...places].find(([name]) => name.startsWith(prefix))![1]
  const categories = new Map((await callApi(page, 'lists:list', { kind: 'categories' })).map((item) => [item.name, item.id] as const))
  const categoryId = (prefix: string) => [...categories].find(([name]) => name.startsWith(prefix))![1]
  const file = (daysAgo: number, place: string, category: string, whatHappened: string) =>
    callApi(page, 'reports:create', { occurredOn: isoInDays(-daysAgo), locationId: placeId(place), categoryId: categoryId(category), whatHappened })
  const acid = await file(20, 'Science lab', 'Chemical', 'A stock bottle of acid slid off the top shelf as the cabinet door opened.')
  const acidAgain = await file(20, 'Science lab', 'Chemical', 'Acid bottle fell from the top shelf of the prep room cabinet during setup.')
  const cart = await file(12, 'CTE shop', 'Falling or tipping', 'A loaded cart tipped on the ramp but did not fall over.')
  const door = await file(6, 'Hallway', 'Security and access', 'The fire door to the east stairs was propped open with a wedge during passing period.')
  const spill = await file(2, 'Cafeteria', 'Slips', 'Spilled milk by the tray return, nobody slipped.')
  await callApi(page, 'reports:triage', { id: acid.id, severity: 4, likelihood: 4, decision: 'investigate' })
  await callApi(page, 'reports:triage', { id: cart.id, severity: 4, likelihood: 3, decision: 'reviewAtMeeting' })
  await callApi(page, 'reports:triage', { id: door.id, severity: 3, likelihood: 3, decision: 'reviewAtMeeting' })
  await callApi(page, 'reports:triage', { id: spill.id, severity: 1, likelihood: 2, decision: 'logAndMonitor' })
  await callApi(page, 'reports:linkSameEvent', { id: acidAgain.id, sameAsId: acid.id })

  const sheet = await callApi(page, 'worksheets:create', { title: 'Acid stored above shoulder height', reportIds: [acid.id, acidAgain.id] })
  const withCause = await callApi(page, 'worksheets:addCause', { worksheetId: sheet.id, branch: 'environment', text: ROOT_CAUSE, isRootCause: true })
  const causeId = withCause.causes[0]!.id
  const action = (description: string, dueOn: string, controlType: 'engineering' | 'administrative') =>
    callApi(page, 'actions:create', { worksheetId: sheet.id, causeId, description, controlType, ownerMemberId: pat, dueOn, successMeasure: 'No acid above shoulder height at the walk-through' })
  await action(OVERDUE_ACTION, isoInDays(-5), 'engineering')
  const done = await action(DONE_ACTION, isoInDays(-1), 'administrative')
  await callApi(page, 'actions:setStatus', { id: done.id, status: 'done' })
  return { acid, acidAgain, cart, door, spill }
}

describe('The monthly review in the browser preview', () => {
  test('plan, run and minute a meeting; approve it at the next one; amend the locked minutes', async () => {
    opened = await session.open('#/meetings')
    const { page } = opened
    await page.getByRole('heading', { level: 1, name: 'Meetings', exact: true }).waitFor()
    const reports = await seed(page)
    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Meetings', exact: true }).waitFor()

    // Plan the meeting: today, 3:30 PM, chair and recorder from the members.
    const form = page.getByRole('region', { name: 'New meeting' })
    await form.getByText(/^The 30 days before this meeting: /).waitFor()
    await form.getByLabel('Date', { exact: true }).fill(TODAY)
    await form.getByLabel('Start time', { exact: true }).fill('15:30')
    await form.getByLabel('Place', { exact: true }).fill('Library conference room')
    await form.getByLabel('Chair', { exact: true }).selectOption({ label: 'Dana Ortiz' })
    await form.getByLabel('Recorder (takes the minutes)', { exact: true }).selectOption({ label: 'Sam Lee' })
    await expectAxeClean(page)
    await saveScreenshot(page, 'meetings-list')
    await form.getByRole('button', { name: 'Create meeting' }).click()
    await page.getByRole('heading', { level: 1, name: `Safety committee meeting, ${dateOf(TODAY, 'full')}` }).waitFor()
    const firstUrl = page.url()
    const firstId = Number(/#\/meetings\/(\d+)/.exec(firstUrl)![1])

    // The standing agenda in one click, with the review facts under its items.
    await page.getByRole('button', { name: 'Build standing agenda' }).click()
    await page.getByText('Standing agenda built.').waitFor()
    expect(await page.getByRole('region', { name: 'Agenda' }).getByRole('heading', { level: 3 }).allTextContents()).toEqual([
      ...TITLES.map((title, index) => `${index + 1}. ${title}`),
      'Add item'
    ])
    const nearMisses = itemSection(page, TITLES[2]!)
    await nearMisses.getByText('5 reports, 4 separate events', { exact: false }).waitFor()
    await nearMisses.getByRole('heading', { name: 'High: 2' }).waitFor()
    await nearMisses.getByText(`Same event also reported as ${reports.acidAgain.refCode} (counted once).`).waitFor()
    const investigations = itemSection(page, TITLES[3]!)
    const sheetRow = investigations.getByRole('row', { name: /Acid stored above shoulder height/ })
    expect(await sheetRow.getByRole('cell').allTextContents()).toEqual([`${reports.acid.refCode}, ${reports.acidAgain.refCode}`, 'Yes', 'No', '2'])
    const followUp = itemSection(page, TITLES[4]!)
    await followUp.getByRole('heading', { name: 'Overdue: 1' }).waitFor()
    await followUp.getByText(new RegExp(`^${OVERDUE_ACTION} — Pat Rivera`)).waitFor()
    await followUp.getByRole('heading', { name: 'Done, awaiting effectiveness check: 1' }).waitFor()
    await expectAxeClean(page)
    await saveScreenshot(page, 'meeting-agenda')

    // The agenda, circulated before the meeting.
    const agendaPdf = await exportPdf(page, 'Export agenda (PDF)', 'meeting-agenda-pdf')
    const agendaText = await flatPdfText(agendaPdf)
    for (const title of TITLES) expect(agendaText).toContain(title)

    // Attendance: radios per member, a guest by name.
    const attendance = page.getByRole('region', { name: 'Attendance' })
    const mark = (name: string, choice: string) => attendance.getByRole('group', { name: new RegExp(`^${name}`) }).getByRole('radio', { name: choice }).check()
    await mark('Dana Ortiz', 'Present')
    await mark('Sam Lee', 'Present')
    await mark('Pat Rivera', 'Present')
    await mark('Rita Moss', 'Absent')
    await attendance.getByLabel('Guest name', { exact: true }).fill(GUEST)
    await attendance.getByLabel('Guest name', { exact: true }).press('Enter')
    await attendance.getByRole('button', { name: 'Save attendance' }).click()
    await attendance.getByText('Attendance saved.').waitFor()

    // Notes and decisions save when focus leaves the field.
    await nearMisses.getByLabel('Notes', { exact: true }).fill(NEAR_MISS_NOTES)
    await nearMisses.getByLabel('Decision', { exact: true }).click()
    await nearMisses.getByText('Saved.').first().waitFor()
    await nearMisses.getByLabel('Decision', { exact: true }).fill(NEAR_MISS_DECISION)
    await page.keyboard.press('Tab')
    // "On this page" takes the keyboard straight to an agenda item.
    await page.getByRole('navigation', { name: 'On this page' }).getByRole('button', { name: `6. ${TITLES[5]}` }).click()
    expect(await itemSection(page, TITLES[5]!).getByRole('heading', { level: 3 }).evaluate((heading) => heading === heading.ownerDocument.activeElement)).toBe(true)
    const trends = itemSection(page, TITLES[5]!)
    await trends.getByLabel('Notes', { exact: true }).fill(TRENDS_NOTES)
    await page.keyboard.press('Tab')
    await trends.getByText('Saved.').waitFor()

    // A recommendation to management, with the person responsible and a response date.
    await investigations.getByRole('button', { name: `Add a recommendation to “${TITLES[3]}”` }).click()
    const recommendation = investigations.getByRole('group', { name: 'Recommendation to management' })
    await page.keyboard.type(RECOMMENDATION)
    await recommendation.getByLabel('Person responsible', { exact: true }).fill('Principal')
    await recommendation.getByLabel('Date for management’s response', { exact: true }).fill(RESPONSE_DUE)
    await page.keyboard.press('Tab')
    await recommendation.getByText('Saved.').first().waitFor()

    // An action decided on an item, through the shared action form.
    await followUp.getByRole('button', { name: `Create action from this item: “${TITLES[4]}”` }).click()
    await followUp.getByLabel('What will change?', { exact: true }).fill(ITEM_ACTION)
    await followUp.getByRole('radio', { name: /^Administrative/ }).check()
    await followUp.getByLabel('Owner', { exact: true }).selectOption({ label: 'Pat Rivera' })
    await followUp.getByLabel('Due date', { exact: true }).fill(isoInDays(10))
    await followUp.getByLabel('Measure of success', { exact: true }).fill('Every shelf labelled at the next walk-through')
    await followUp.getByRole('button', { name: 'Save action' }).click()
    await followUp.getByText(`Action saved: “${ITEM_ACTION}”.`).waitFor()
    await followUp.getByRole('group', { name: 'Actions from this item' }).getByText(new RegExp(`^${ITEM_ACTION}`)).waitFor()
    const meeting = await callApi(page, 'meetings:get', { id: firstId })
    const followUpItem = meeting.items.find((item) => item.kind === 'actionFollowUp')!
    const actions = await callApi(page, 'actions:list', {})
    expect(actions.rows.filter((row) => row.agendaItemId === followUpItem.id).map((row) => row.description)).toEqual([ITEM_ACTION])
    expect(meeting.items.find((item) => item.kind === 'investigations')).toMatchObject({ recommendation: RECOMMENDATION, recommendationOwner: 'Principal', responseDueOn: RESPONSE_DUE })
    expect(meeting.items.find((item) => item.kind === 'nearMisses')).toMatchObject({ notes: NEAR_MISS_NOTES, decision: NEAR_MISS_DECISION })

    // The next meeting, then "held", then where the minutes are posted.
    await itemSection(page, TITLES[8]!).getByLabel('Next meeting: date, time and place', { exact: true }).fill(NEXT_NOTE)
    await page.keyboard.press('Tab')
    await itemSection(page, TITLES[8]!).getByText('Saved.').waitFor()
    await page.getByRole('button', { name: 'Mark meeting as held' }).click()
    await page.getByText('Meeting marked as held.').waitFor()
    await page.getByText('State: Held').waitFor()
    const posting = page.getByRole('region', { name: 'Where were the minutes posted?' })
    await posting.getByLabel('Posted where', { exact: true }).fill(POSTED_WHERE)
    await posting.getByRole('button', { name: 'Save where posted' }).click()
    await posting.getByText('Saved where the minutes were posted.').waitFor()
    await expectAxeClean(page)
    await saveScreenshot(page, 'meeting-held')

    // The minutes: every part the state rules ask for.
    const minutesText = await flatPdfText(await exportPdf(page, 'Export minutes (PDF)', 'meeting-minutes-pdf'))
    const required = [
      'Lincoln Middle School',
      'Joint Health and Safety Committee',
      dateOf(TODAY, 'long'),
      '3:30 PM',
      'Library conference room',
      'Present',
      'Dana Ortiz',
      'Pat Rivera',
      'Absent',
      'Rita Moss',
      'Guests',
      GUEST,
      'Chair',
      'Recorder',
      'Sam Lee',
      'Approval of previous minutes',
      ...TITLES,
      NEAR_MISS_NOTES,
      NEAR_MISS_DECISION,
      TRENDS_NOTES,
      // Reports and investigations reviewed since the last meeting, cause identified and corrected.
      `5 reports (4 events) reported from ${dateOf(isoInDays(-30), 'long')} to ${dateOf(TODAY, 'long')}`,
      reports.acid.refCode,
      reports.cart.refCode,
      reports.door.refCode,
      'Acid stored above shoulder height',
      'Cause identified: yes; Corrected: no',
      // The recommendation, the person responsible and the date for management's response.
      'Recommendations of this meeting',
      `${RECOMMENDATION} Principal ${dateOf(RESPONSE_DUE, 'long')}`,
      'Status of earlier recommendations',
      'Open corrective actions',
      OVERDUE_ACTION,
      ITEM_ACTION,
      'Next meeting',
      NEXT_NOTE,
      POSTED_WHERE,
      'Keep until',
      'Signature',
      'Page 1 of'
    ]
    // Case-insensitive: the print view sets some headings in capitals with CSS.
    expect(required.filter((part) => !minutesText.toLowerCase().includes(part.toLowerCase()))).toEqual([])

    // The staff bulletin exports too.
    const bulletinText = await flatPdfText(await exportPdf(page, 'Export staff bulletin (PDF)', 'meeting-bulletin-pdf'))
    expect(bulletinText).toMatch(/Lincoln Middle School/i)
    expect(bulletinText).toContain('You said, we did')

    // The next meeting, planned from the list; it approves the first meeting's minutes.
    await page.getByRole('link', { name: 'All meetings' }).click()
    await page.getByRole('heading', { level: 1, name: 'Meetings', exact: true }).waitFor()
    const past = page.getByRole('region', { name: 'Past meetings' })
    await past.getByRole('row', { name: new RegExp(dateOf(TODAY, 'full')) }).getByText('Held').waitFor()
    await expectAxeClean(page)
    await saveScreenshot(page, 'meetings-list-held')
    const nextForm = page.getByRole('region', { name: 'New meeting' })
    await nextForm.getByLabel('Date', { exact: true }).fill(NEXT_MEETING)
    const sinceLast = `Since the last meeting: ${dateOf(isoInDays(1), 'medium')} to ${dateOf(NEXT_MEETING, 'medium')}`
    await nextForm.getByText(sinceLast).waitFor()
    await nextForm.getByRole('button', { name: 'Create meeting' }).click()
    await page.getByRole('heading', { level: 1, name: `Safety committee meeting, ${dateOf(NEXT_MEETING, 'full')}` }).waitFor()
    await page.getByRole('button', { name: 'Build standing agenda' }).click()
    await page.getByText('Standing agenda built.').waitFor()
    const previousItem = itemSection(page, TITLES[1]!)
    await previousItem.getByRole('button', { name: `Approve minutes of ${dateOf(TODAY, 'medium')}` }).click()
    await previousItem.getByText('Approved — locked').waitFor()
    await itemSection(page, TITLES[4]!).getByText(`From the meeting of ${dateOf(TODAY, 'medium')}: ${RECOMMENDATION}`).waitFor()
    await expectAxeClean(page)
    await saveScreenshot(page, 'meeting-next')

    // The first meeting is locked: read-only on screen, refused by main, amendable.
    await page.goto(firstUrl)
    await page.getByText('Minutes approved — locked').waitFor()
    await page.getByText(`These minutes were approved at the meeting of ${dateOf(NEXT_MEETING, 'medium')}`, { exact: false }).waitFor()
    expect(await page.getByRole('textbox', { name: 'Notes' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /^Move / }).count()).toBe(0)
    expect(await page.getByRole('button', { name: 'Edit details' }).count()).toBe(0)
    await itemSection(page, TITLES[2]!).getByText(NEAR_MISS_NOTES).waitFor()
    const refused = await tryApi(page, 'meetings:updateItem', { id: followUpItem.id, notes: 'Changed after approval' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED' } })
    const amendments = page.getByRole('region', { name: 'Amendments' })
    await amendments.getByLabel('Correction', { exact: true }).fill(AMENDMENT)
    await amendments.getByRole('button', { name: 'Add amendment' }).click()
    await amendments.getByText(`${dateOf(TODAY, 'medium')}: ${AMENDMENT}`).waitFor()
    await expectAxeClean(page)
    await saveScreenshot(page, 'meeting-locked')

    const lockedText = await flatPdfText(await exportPdf(page, 'Export minutes (PDF)', 'meeting-minutes-locked-pdf'))
    expect(lockedText).toContain(AMENDMENT)
    expect(lockedText).toContain(`Approved at the meeting of ${dateOf(NEXT_MEETING, 'long')}`)
    expect(lockedText).toContain(NEAR_MISS_NOTES)

    expect(opened.network.offenders()).toEqual([])
    expect(opened.network.pageErrors).toEqual([])
  })
})
