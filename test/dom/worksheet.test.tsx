import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { en } from '../../src/shared/i18n/en'
import { createWorksheetWorld, isoInDays, renderWorksheetApp, type WorksheetWorld } from './worksheetTestKit'

let world: WorksheetWorld | undefined

afterEach(() => {
  cleanup()
  world?.backend.close()
  world = undefined
})

async function openWorksheet(whys: Array<{ answer: string }> = []) {
  world = await createWorksheetWorld()
  const sheet = await world.call('worksheets:create', { title: 'Boxes falling from high shelves', reportIds: world.reportIds })
  if (whys.length > 0) await world.call('worksheets:update', { id: sheet.id, whys })
  const view = renderWorksheetApp(world, `#/worksheets/${sheet.id}`)
  await screen.findByRole('heading', { level: 1, name: 'Boxes falling from high shelves' })
  return { ...view, w: world, id: sheet.id }
}

/** A section's own save line (text fields have their own polite regions for language warnings). */
const statusLine = (container: HTMLElement) => {
  const line = within(container)
    .getAllByRole('status')
    .find((element) => element.classList.contains('status'))
  if (!line) throw new Error('no status line')
  return line
}
const stored = async (w: WorksheetWorld, id: number) => w.call('worksheets:get', { id })
const section = (name: string) => screen.getByRole('region', { name })
const branch = (name: string) => within(section(en.worksheets.fishbone.heading)).getByRole('region', { name })

describe('worksheet list and New worksheet', () => {
  it('opens #/worksheets/new?reports=… with those reports chosen, creates the worksheet and lands in it', async () => {
    world = await createWorksheetWorld()
    const [first, second] = world.reportIds
    const { user } = renderWorksheetApp(world, `#/worksheets/new?reports=${first},${second},999`)

    await screen.findByRole('heading', { level: 1, name: en.worksheets.create.heading })
    const chosen = await screen.findByRole('list', { name: en.worksheets.create.chosenHeading })
    await waitFor(() => expect(within(chosen).getAllByRole('listitem')).toHaveLength(2))
    // The title starts from the first report; the report that does not exist is left out.
    const title = screen.getByLabelText(en.worksheets.create.title) as HTMLInputElement
    expect(title.value).toBe('A box of paper slid off the top shelf in the copy room')
    await user.clear(title)
    await user.type(title, 'High shelves in the copy room')
    await user.click(screen.getByRole('button', { name: en.worksheets.create.submit }))

    await screen.findByRole('heading', { level: 1, name: 'High shelves in the copy room' })
    expect(window.location.hash).toMatch(/^#\/worksheets\/\d+$/)
    const sheets = await world.call('worksheets:list', undefined)
    expect(sheets).toHaveLength(1)
    expect(sheets[0]).toMatchObject({ title: 'High shelves in the copy room', status: 'draft' })
    expect((await world.call('worksheets:get', { id: sheets[0]!.id })).reports.map((r) => r.refCode)).toEqual([
      expect.stringMatching(/^NM-\d{4}-0001$/),
      expect.stringMatching(/^NM-\d{4}-0002$/)
    ])
  })

  it('refuses to create a worksheet without a report, and says so', async () => {
    world = await createWorksheetWorld()
    const { user } = renderWorksheetApp(world, '#/worksheets/new')
    await user.type(await screen.findByLabelText(en.worksheets.create.title), 'Anything')
    await user.click(screen.getByRole('button', { name: en.worksheets.create.submit }))
    expect(screen.getByText(en.worksheets.problem.needsReport)).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByLabelText(en.worksheets.picker.label))
    expect(world.backend.calls.filter((c) => c.channel === 'worksheets:create')).toEqual([])
  })

  it('lists worksheets with title, status and a link to each', async () => {
    world = await createWorksheetWorld()
    await world.call('worksheets:create', { title: 'Copy room shelves', reportIds: world.reportIds })
    renderWorksheetApp(world, '#/worksheets')
    const table = await screen.findByRole('table')
    const row = within(table).getByRole('row', { name: /Copy room shelves/ })
    expect(row.textContent).toContain('Draft')
    expect(within(row).getByRole('link', { name: 'Copy room shelves' }).getAttribute('href')).toMatch(/^#\/worksheets\/\d+$/)
    expect(screen.getByRole('link', { name: en.worksheets.list.newWorksheet }).getAttribute('href')).toBe('#/worksheets/new')
  })

  // Known backend bug (reported): worksheetRepository.list() puts ${worksheets.id} into its
  // correlated subqueries, which drizzle renders as a bare "id" that binds to the inner table,
  // so report codes and counts come from the wrong rows. Flip to it() once main is fixed.
  it('lists every report code and the root-cause and open-action counts', async () => {
    world = await createWorksheetWorld()
    const sheet = await world.call('worksheets:create', { title: 'Copy room shelves', reportIds: world.reportIds })
    await world.call('worksheets:addCause', { worksheetId: sheet.id, branch: 'environment', text: 'No storage plan', isRootCause: true })
    await world.call('worksheets:addCause', { worksheetId: sheet.id, branch: 'equipment', text: 'No rail', isRootCause: true })
    renderWorksheetApp(world, '#/worksheets')
    const row = within(await screen.findByRole('table')).getByRole('row', { name: /Copy room shelves/ })
    expect(row.textContent).toMatch(/NM-\d{4}-0001, NM-\d{4}-0002Draft20/)
  })
})

describe('5 Whys', () => {
  it('adds, reorders and removes whys, then saves the whole ordered list at once', async () => {
    const { user, w, id } = await openWorksheet([{ answer: 'The box was on the top shelf' }])
    const whys = section(en.worksheets.whys.heading)

    await user.click(within(whys).getByRole('button', { name: en.worksheets.whys.add }))
    const second = within(whys).getByLabelText(`Why 2: ${en.worksheets.whys.prompt}`)
    expect(document.activeElement).toBe(second)
    await user.type(second, 'There is no space lower down')
    await user.click(within(whys).getByRole('button', { name: en.worksheets.whys.add }))
    await user.type(within(whys).getByLabelText(`Why 3: ${en.worksheets.whys.prompt}`), 'Nobody owns the storage plan')
    expect(within(whys).getByText(en.worksheets.editor.unsaved)).toBeTruthy()

    // Move "Nobody owns…" to the top; focus stays on the level being moved.
    await user.click(within(whys).getByRole('button', { name: 'Move up: why 3' }))
    expect(document.activeElement).toBe(within(whys).getByRole('button', { name: 'Move up: why 2' }))
    await user.keyboard('{Enter}')
    expect((within(whys).getByLabelText(`Why 1: ${en.worksheets.whys.firstPrompt}`) as HTMLTextAreaElement).value).toBe('Nobody owns the storage plan')
    expect(statusLine(whys).textContent).toBe('Why 2 is now why 1. Save to keep the new order.')

    await user.click(within(whys).getByRole('button', { name: 'Remove: why 2' }))
    await user.click(within(whys).getByRole('button', { name: en.worksheets.whys.save }))
    await waitFor(() => expect(statusLine(whys).textContent).toBe(en.worksheets.whys.saved))
    expect(within(whys).queryByText(en.worksheets.editor.unsaved)).toBeNull()

    expect((await stored(w, id)).whys.map((why) => why.answer)).toEqual(['Nobody owns the storage plan', 'There is no space lower down'])
    // One save for the whole list.
    expect(w.backend.calls.filter((c) => c.channel === 'worksheets:update')).toHaveLength(1)
  })

  it('will not save an empty why, and points at it', async () => {
    const { user, w } = await openWorksheet()
    const whys = section(en.worksheets.whys.heading)
    await user.click(within(whys).getByRole('button', { name: en.worksheets.whys.add }))
    await user.click(within(whys).getByRole('button', { name: en.worksheets.whys.save }))
    const answer = within(whys).getByLabelText(`Why 1: ${en.worksheets.whys.firstPrompt}`)
    expect(answer.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(answer)
    expect(within(whys).getByText('Write an answer for why 1, or remove it.')).toBeTruthy()
    expect(w.backend.calls.filter((c) => c.channel === 'worksheets:update')).toEqual([])
  })
})

describe('fishbone', () => {
  it('adds a cause on a branch, marks it as a root cause, and draws it on the diagram', async () => {
    const { user, w, id } = await openWorksheet()
    const equipment = branch(en.branches.equipment)
    await user.type(within(equipment).getByLabelText(`Add a cause on ${en.branches.equipment}`), 'Shelves have no lip or rail')
    await user.click(within(equipment).getByRole('button', { name: `Add cause on ${en.branches.equipment}` }))
    await waitFor(() => expect(statusLine(equipment).textContent).toBe(`Cause “Shelves have no lip or rail” added to ${en.branches.equipment}.`))

    await user.click(within(equipment).getByRole('checkbox', { name: 'Root cause: Shelves have no lip or rail' }))
    await waitFor(async () => expect((await stored(w, id)).causes).toMatchObject([{ branch: 'equipment', text: 'Shelves have no lip or rail', isRootCause: true }]))
    const row = within(equipment).getByRole('listitem')
    expect(within(row).getByText('ROOT')).toBeTruthy()

    const diagram = screen.getByRole('img', { name: /Fishbone diagram/ })
    expect(diagram.tagName.toLowerCase()).toBe('svg')
    expect(document.getElementById(diagram.getAttribute('aria-labelledby')!.split(' ')[1]!)?.textContent).toContain(
      `${en.branches.equipment}: Shelves have no lip or rail (Root cause).`
    )
    // Drawn as SVG lines (one tspan per line), with the ROOT tag first.
    expect(diagram.querySelector('.fishbone__cause--root .fishbone__root-tag')?.textContent).toBe('ROOT')
    expect([...diagram.querySelectorAll('.fishbone__cause--root tspan')].map((line) => line.textContent).join(' ')).toContain('Shelves have no lip or')

    // It now has its own card under "Root causes and actions".
    expect(within(section(en.worksheets.roots.heading)).getByRole('article', { name: 'ROOT Shelves have no lip or rail' })).toBeTruthy()
  })

  it('offers conditions ticked on the reports as one-click causes', async () => {
    const { user, w, id } = await openWorksheet()
    const environment = branch(en.branches.environment)
    await user.click(within(environment).getByRole('button', { name: /Add as cause: “Equipment stored too high or in an unsafe place”/ }))
    await waitFor(async () =>
      expect((await stored(w, id)).causes).toMatchObject([{ branch: 'environment', text: 'Equipment stored too high or in an unsafe place', conditionId: expect.any(Number) }])
    )
    expect(within(environment).queryByRole('button', { name: /Add as cause/ })).toBeNull()
  })

  it('will not remove a cause that actions address, and says why', async () => {
    world = await createWorksheetWorld()
    const w = world
    const sheet = await w.call('worksheets:create', { title: 'Boxes falling from high shelves', reportIds: w.reportIds })
    const withCause = await w.call('worksheets:addCause', { worksheetId: sheet.id, branch: 'equipment', text: 'Shelves have no rail', isRootCause: true })
    await w.call('actions:create', { worksheetId: sheet.id, causeId: withCause.causes[0]!.id, description: 'Fit a rail', controlType: 'engineering', ownerName: 'Custodian' })
    const { user } = renderWorksheetApp(w, `#/worksheets/${sheet.id}`)
    await screen.findByRole('heading', { level: 1, name: 'Boxes falling from high shelves' })
    const equipment = branch(en.branches.equipment)
    await user.click(within(equipment).getByRole('button', { name: 'Remove cause Shelves have no rail' }))
    await waitFor(() =>
      expect(statusLine(equipment).textContent).toBe(`${en.worksheets.problem.causeHasActions} ${en.worksheets.editor.nothingSaved}`)
    )
    expect((await stored(w, sheet.id)).causes).toHaveLength(1)
  })

  it('warns about blame words in cause text without blocking', async () => {
    const { user } = await openWorksheet()
    const training = branch(en.branches.training)
    await user.type(within(training).getByLabelText(`Add a cause on ${en.branches.training}`), 'Aide was careless')
    await waitFor(() => expect(within(training).getByText(/“careless” points at a person/)).toBeTruthy())
  })
})

describe('root causes and actions', () => {
  it('warns when only weaker actions address a root cause, until an engineering action is added', async () => {
    const { user, w, id } = await openWorksheet()
    const sheet = await w.call('worksheets:addCause', { worksheetId: id, branch: 'environment', text: 'Heavy boxes stored above head height', isRootCause: true })
    const cause = sheet.causes[0]!
    await w.call('actions:create', {
      worksheetId: id,
      causeId: cause.id,
      description: 'Remind staff to lift carefully',
      controlType: 'administrative',
      ownerName: 'Office manager',
      dueOn: isoInDays(7),
      successMeasure: 'Reminder sent'
    })
    // Re-open so the screen reads the stored state.
    cleanup()
    renderWorksheetApp(w, `#/worksheets/${id}`)
    const card = await screen.findByRole('article', { name: 'ROOT Heavy boxes stored above head height' })
    expect(within(card).getByText(en.worksheets.roots.weakOnly)).toBeTruthy()
    expect(card.querySelector('.strength-meter')?.textContent).toBe(`${en.worksheets.strength.label} ${en.worksheets.strength.weakOnly}`)

    await user.click(within(card).getByRole('button', { name: 'Add an action for Heavy boxes stored above head height' }))
    await user.type(within(card).getByLabelText('What will change?'), 'Fit a lower shelf unit for heavy boxes')
    await user.click(within(card).getByRole('radio', { name: /Engineering/ }))
    await user.selectOptions(within(card).getByLabelText('Owner'), 'Pat Custodian')
    await user.type(within(card).getByLabelText('Due date'), isoInDays(14))
    await user.type(within(card).getByLabelText('Measure of success'), 'No boxes above shoulder height at the walk-through')
    await user.click(within(card).getByRole('button', { name: 'Save action' }))

    await waitFor(() => expect(within(card).queryByText(en.worksheets.roots.weakOnly)).toBeNull())
    expect(card.querySelector('.strength-meter')?.textContent).toBe(`${en.worksheets.strength.label} ${en.worksheets.strength.strong}`)
    expect(within(card).getByText('Fit a lower shelf unit for heavy boxes')).toBeTruthy()
    const actions = (await stored(w, id)).actions
    expect(actions.find((a) => a.controlType === 'engineering')).toMatchObject({ causeId: cause.id, strength: 'stronger', ownerMemberId: w.memberId })
  })

  it('refuses to complete with a root cause that has no action, naming the cause, then completes with a reason', async () => {
    const { user, w, id } = await openWorksheet()
    await w.call('worksheets:addCause', { worksheetId: id, branch: 'organization', text: 'No storage plan for the copy room', isRootCause: true })
    cleanup()
    renderWorksheetApp(w, `#/worksheets/${id}`)
    const status = await screen.findByRole('region', { name: en.worksheets.status.heading })
    expect(within(status).getByText(en.worksheets.problem.causeNeedsAction)).toBeTruthy()

    await user.click(within(status).getByRole('button', { name: en.worksheets.status.to.inReview }))
    await waitFor(() => expect(statusLine(status).textContent).toBe('The worksheet is now “In review”.'))
    await user.click(within(status).getByRole('button', { name: en.worksheets.status.to.complete }))
    await waitFor(() =>
      expect(statusLine(status).textContent).toBe(
        `${en.worksheets.status.refused} ${en.worksheets.problem.causeNeedsAction} (root cause: “No storage plan for the copy room”)`
      )
    )
    expect((await stored(w, id)).status).toBe('inReview')
    // The problem links to the root cause it is about.
    await user.click(within(status).getByRole('link', { name: 'Go to root cause “No storage plan for the copy room”' }))
    const card = screen.getByRole('article', { name: 'ROOT No storage plan for the copy room' })
    expect(document.activeElement).toBe(card)

    await user.type(within(card).getByLabelText(en.worksheets.roots.noActionReason), 'The district replaces the copy room next month')
    await user.click(within(card).getByRole('button', { name: /Save statement and reason/ }))
    await waitFor(() => expect(within(status).getByText(en.worksheets.status.ready)).toBeTruthy())
    await user.click(within(status).getByRole('button', { name: en.worksheets.status.to.complete }))
    await waitFor(() => expect(statusLine(status).textContent).toBe('The worksheet is now “Complete”.'))
    expect((await stored(w, id)).status).toBe('complete')
  })
})
