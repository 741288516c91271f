import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { idOf, renderWithBackend, seedBackend, type Seeded } from './registerTestKit'

let seeded: Seeded | undefined
afterEach(() => seeded?.backend.close())

async function oneReport() {
  seeded = await seedBackend()
  const { call, ids } = seeded
  const report = await call('reports:create', {
    occurredOn: '2026-02-20',
    occurredTime: '10:35',
    timeSlot: 'passingPeriod',
    locationId: idOf(ids.locations, 'CTE shop'),
    locationDetails: 'Ramp by the loading door',
    categoryId: idOf(ids.categories, 'Falling or tipping objects'),
    whatHappened: 'A loaded cart tipped on the ramp but did not fall',
    whatStoppedIt: 'A student caught the handle',
    involvedStudents: 2,
    involvedRoles: 'two 10th-grade students',
    conditionIds: [...ids.conditions.values()].slice(0, 1),
    reporterAnonymous: true
  })
  return report
}

const cellName = 'Severity 4 Serious injury / hospital, likelihood 4 Likely: High'
const descriptionOf = (element: HTMLElement) =>
  (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')

describe('Report detail', () => {
  it('shows every field in words, and the report’s history', async () => {
    const report = await oneReport()
    renderWithBackend(seeded!, `#/reports/${report.id}`)
    expect(await screen.findByRole('heading', { level: 1, name: `Report ${report.refCode}` })).toBeTruthy()
    const details = screen.getByRole('region', { name: 'What was reported' })
    expect(within(details).getByText(/Friday, February 20, 2026 · 10:35 · Passing period/)).toBeTruthy()
    expect(within(details).getByText('CTE shop — Ramp by the loading door')).toBeTruthy()
    expect(within(details).getByText('A student caught the handle')).toBeTruthy()
    expect(within(details).getByText("2 students — two 10th-grade students")).toBeTruthy()
    expect(within(details).getByText('Anonymous')).toBeTruthy()
    const history = screen.getByRole('region', { name: 'History' })
    expect(within(history).getByText(`Reported as ${report.refCode}`)).toBeTruthy()
    await waitFor(() => expect(document.title).toBe(`Report ${report.refCode} — Close Call`))
  })
})

describe('Editing a report', () => {
  it('edits in place with the intake form’s fields and main’s rules, then records what changed', async () => {
    const report = await oneReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const card = await screen.findByRole('region', { name: 'What was reported' })
    await user.click(within(card).getByRole('button', { name: 'Edit' }))
    const editing = screen.getByRole('region', { name: 'Edit report' })
    const whatHappened = within(editing).getByRole('textbox', { name: 'What happened?' })
    expect(whatHappened).toHaveProperty('value', 'A loaded cart tipped on the ramp but did not fall')
    expect(within(editing).getByRole('combobox', { name: 'Where?' })).toHaveProperty('value', String(idOf(seeded!.ids.locations, 'CTE shop')))

    await user.clear(whatHappened)
    await user.click(within(editing).getByRole('button', { name: 'Save changes' }))
    expect(await within(editing).findByText('Please check these fields. Nothing was saved:')).toBeTruthy()
    expect(whatHappened.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(whatHappened)
    expect((await seeded!.call('reports:get', { id: report.id })).whatHappened).toBe('A loaded cart tipped on the ramp but did not fall')

    await user.type(whatHappened, 'A loaded cart tipped on the shop ramp')
    await user.clear(within(editing).getByRole('spinbutton', { name: 'Students' }))
    await user.click(within(editing).getByRole('button', { name: 'Save changes' }))
    const details = await screen.findByRole('region', { name: 'What was reported' })
    expect(await within(details).findByText('Changes saved.')).toBeTruthy()
    expect(within(details).getByText('A loaded cart tipped on the shop ramp')).toBeTruthy()
    expect(document.activeElement).toBe(within(details).getByRole('button', { name: 'Edit' }))
    expect(await seeded!.call('reports:get', { id: report.id })).toMatchObject({ whatHappened: 'A loaded cart tipped on the shop ramp', involvedStudents: 0 })
    const history = screen.getByRole('region', { name: 'History' })
    expect(await within(history).findByText('Edited: what happened, students involved')).toBeTruthy()
  })

  it('cancels with Escape and changes nothing', async () => {
    const report = await oneReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const card = await screen.findByRole('region', { name: 'What was reported' })
    await user.click(within(card).getByRole('button', { name: 'Edit' }))
    await user.type(screen.getByRole('textbox', { name: 'What happened?' }), ' again')
    await user.keyboard('{Escape}')
    expect(await screen.findByRole('region', { name: 'What was reported' })).toBeTruthy()
    expect(screen.getByText('A loaded cart tipped on the ramp but did not fall')).toBeTruthy()
    expect(seeded!.backend.calls.some((c) => c.channel === 'reports:update')).toBe(false)
  })
})

describe('Triage', () => {
  it('picks High for severity 4 × likelihood 4, suggests Investigate and saves', async () => {
    const report = await oneReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const panel = await screen.findByRole('region', { name: 'Triage' })
    const matrix = within(panel).getByRole('radiogroup', { name: 'Risk matrix: severity by likelihood' })
    expect(within(matrix).getAllByRole('radio')).toHaveLength(25)

    await user.click(within(matrix).getByRole('radio', { name: cellName }))
    expect(within(matrix).getByRole('radio', { name: cellName }).getAttribute('aria-checked')).toBe('true')
    expect(within(panel).getByText('(severity 4 × likelihood 4)')).toBeTruthy()
    const investigate = within(panel).getByRole('radio', { name: /Investigate/ })
    expect(investigate).toHaveProperty('checked', true)
    expect(investigate.closest('label')?.textContent).toContain('suggested')

    await user.click(within(panel).getByRole('button', { name: 'Save triage' }))
    expect(await within(panel).findByText('Triage saved: High, Investigate.')).toBeTruthy()
    const stored = await seeded!.call('reports:get', { id: report.id })
    expect(stored).toMatchObject({ severity: 4, likelihood: 4, riskLevel: 'high', triageDecision: 'investigate', status: 'triaged' })
    const history = screen.getByRole('region', { name: 'History' })
    expect(
      await within(history).findByText('Triaged — High (severity 4 × likelihood 4), decision: Investigate')
    ).toBeTruthy()
  })

  it('moves through the matrix with the arrow keys, one cell chosen at a time', async () => {
    const report = await oneReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const matrix = await screen.findByRole('radiogroup', { name: 'Risk matrix: severity by likelihood' })
    const tabbable = within(matrix)
      .getAllByRole('radio')
      .filter((cell) => cell.tabIndex === 0)
    expect(tabbable.map((cell) => cell.getAttribute('aria-label'))).toEqual([
      'Severity 5 Life-threatening or permanent, likelihood 1 Rare: Medium'
    ])

    tabbable[0]!.focus()
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowRight}{ArrowRight}')
    const chosen = within(matrix).getByRole('radio', { name: cellName })
    expect(document.activeElement).toBe(chosen)
    expect(chosen.getAttribute('aria-checked')).toBe('true')
    expect(within(matrix).getAllByRole('radio', { checked: true })).toHaveLength(1)
    expect(chosen.tabIndex).toBe(0)

    await user.keyboard('{ArrowUp}{End}')
    expect(document.activeElement?.getAttribute('aria-label')).toBe(
      'Severity 5 Life-threatening or permanent, likelihood 5 Almost certain: Critical'
    )
    await user.keyboard('{ArrowUp}{ArrowRight}') // stays on the edge
    expect(document.activeElement?.getAttribute('aria-checked')).toBe('true')
    expect(document.activeElement?.getAttribute('aria-label')).toContain('Severity 5')
  })

  it('keeps a decision the chair chose over the suggestion', async () => {
    const report = await oneReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const panel = await screen.findByRole('region', { name: 'Triage' })
    await user.click(within(panel).getByRole('radio', { name: 'Review at next meeting' }))
    await user.click(within(panel).getByRole('radio', { name: cellName }))
    expect(within(panel).getByRole('radio', { name: 'Review at next meeting' })).toHaveProperty('checked', true)
    expect(within(panel).getByRole('radio', { name: /Investigate/ }).closest('label')?.textContent).toContain('suggested')
  })

  it('asks for a cell before saving, and saves nothing', async () => {
    const report = await oneReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const panel = await screen.findByRole('region', { name: 'Triage' })
    await user.click(within(panel).getByRole('button', { name: 'Save triage' }))
    const matrix = within(panel).getByRole('radiogroup')
    expect(descriptionOf(matrix)).toContain('Choose a cell in the risk matrix')
    expect(document.activeElement?.getAttribute('role')).toBe('radio')
    expect(seeded!.backend.calls.some((c) => c.channel === 'reports:triage')).toBe(false)
  })
})

describe('Status', () => {
  async function triagedReport() {
    const report = await oneReport()
    await seeded!.call('reports:triage', { id: report.id, severity: 3, likelihood: 3, decision: 'reviewAtMeeting' })
    return report
  }

  it('offers no status change before triage, and says why', async () => {
    const report = await oneReport()
    renderWithBackend(seeded!, `#/reports/${report.id}`)
    const panel = await screen.findByRole('region', { name: 'Status' })
    expect(within(panel).getByText(/Save the triage first/)).toBeTruthy()
    expect(within(panel).queryAllByRole('button')).toEqual([])
  })

  it('moves to an allowed next status', async () => {
    const report = await triagedReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const panel = await screen.findByRole('region', { name: 'Status' })
    expect(within(panel).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Move to Investigating',
      'Move to Action planned',
      'Close report'
    ])
    await user.click(within(panel).getByRole('button', { name: 'Move to Investigating' }))
    expect(await within(panel).findByText('Status changed to Investigating.')).toBeTruthy()
    expect(within(panel).getByText('Investigating', { selector: '.status-badge' })).toBeTruthy()
    const history = screen.getByRole('region', { name: 'History' })
    expect(await within(history).findByText('Status changed from Triaged to Investigating')).toBeTruthy()
  })

  it('explains an illegal transition in plain words when the report changed elsewhere', async () => {
    const report = await triagedReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const panel = await screen.findByRole('region', { name: 'Status' })
    await within(panel).findByRole('button', { name: 'Move to Action planned' })
    // Another window closes the report meanwhile.
    await seeded!.call('reports:setStatus', { id: report.id, status: 'closed', closureNote: 'Ramp fixed', feedbackToStaff: 'You said the ramp was steep; we fixed it.' })

    await user.click(within(panel).getByRole('button', { name: 'Move to Action planned' }))
    expect(await within(panel).findByText(/That change of status is not possible from where the report is now/)).toBeTruthy()
    // The page now shows where the report really is.
    await waitFor(() => expect(within(panel).getByText('Closed', { selector: '.status-badge' })).toBeTruthy())
    expect(within(panel).getByRole('button', { name: 'Reopen' })).toBeTruthy()
    expect((await seeded!.call('reports:get', { id: report.id })).status).toBe('closed')
  })

  it('requires both a closure note and feedback to staff to close', async () => {
    const report = await triagedReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const panel = await screen.findByRole('region', { name: 'Status' })
    await user.click(await within(panel).findByRole('button', { name: 'Close report' }))
    const note = within(panel).getByRole('textbox', { name: 'Closure note' })
    const feedback = within(panel).getByRole('textbox', { name: 'Feedback to staff (“you said, we did”)' })
    expect(document.activeElement).toBe(note)

    await user.click(within(panel).getAllByRole('button', { name: 'Close report' }).at(-1)!)
    expect(note.getAttribute('aria-invalid')).toBe('true')
    expect(feedback.getAttribute('aria-invalid')).toBe('true')
    expect(descriptionOf(note)).toContain('Write a closure note')
    expect(descriptionOf(feedback)).toContain('Write the feedback to staff')
    expect(document.activeElement).toBe(note)

    await user.type(note, 'Ramp edge painted and a stop block fitted.')
    await user.click(within(panel).getAllByRole('button', { name: 'Close report' }).at(-1)!)
    expect(note.getAttribute('aria-invalid')).toBeNull()
    expect(feedback.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(feedback)
    expect(seeded!.backend.calls.some((c) => c.channel === 'reports:setStatus')).toBe(false)
    expect((await seeded!.call('reports:get', { id: report.id })).status).toBe('triaged')

    await user.type(feedback, 'You said carts tip on the shop ramp; we fitted a stop block.')
    await user.click(within(panel).getAllByRole('button', { name: 'Close report' }).at(-1)!)
    expect(await within(panel).findByText('Status changed to Closed.')).toBeTruthy()
    expect(within(panel).getByText('You said carts tip on the shop ramp; we fitted a stop block.')).toBeTruthy()
    expect(await seeded!.call('reports:get', { id: report.id })).toMatchObject({
      status: 'closed',
      closureNote: 'Ramp edge painted and a stop block fitted.',
      feedbackToStaff: 'You said carts tip on the shop ramp; we fitted a stop block.'
    })
  })

  it('shows main’s refusal in words when closing is not possible yet', async () => {
    const report = await triagedReport()
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const panel = await screen.findByRole('region', { name: 'Status' })
    await user.click(await within(panel).findByRole('button', { name: 'Close report' }))
    await user.type(within(panel).getByRole('textbox', { name: 'Closure note' }), 'Done')
    await user.type(within(panel).getByRole('textbox', { name: /Feedback to staff/ }), 'We fixed it')
    // Closed in another window meanwhile: main refuses, and says why in words.
    await seeded!.call('reports:setStatus', { id: report.id, status: 'closed', closureNote: 'x', feedbackToStaff: 'y' })
    await user.click(within(panel).getAllByRole('button', { name: 'Close report' }).at(-1)!)
    expect(await within(panel).findByText('The report already has that status.')).toBeTruthy()
  })
})

describe('Similar reports and same event', () => {
  it('lists similar reports with reasons in words and links and unlinks the same event', async () => {
    const report = await oneReport()
    const twin = await seeded!.call('reports:create', {
      occurredOn: '2026-02-21',
      locationId: idOf(seeded!.ids.locations, 'CTE shop'),
      whatHappened: 'Cart tipped on the shop ramp again'
    })
    const { user } = renderWithBackend(seeded!, `#/reports/${report.id}`)
    const panel = await screen.findByRole('region', { name: 'Similar reports' })
    const item = (await within(panel).findByRole('link', { name: twin.refCode })).closest('li')!
    expect(within(item).getByText(/Why: Same place/)).toBeTruthy()

    await user.click(within(item).getByRole('button', { name: `Mark ${twin.refCode} as the same event` }))
    expect(await within(panel).findByText(`Marked as the same event as ${twin.refCode}.`)).toBeTruthy()
    const sameEvent = screen.getByRole('region', { name: 'Same event' })
    expect(await within(sameEvent).findByRole('link', { name: twin.refCode })).toBeTruthy()
    expect((await seeded!.call('reports:get', { id: report.id })).sameEventAsId).toBe(twin.id)
    const history = screen.getByRole('region', { name: 'History' })
    expect(await within(history).findByText(`Marked as the same event as ${twin.refCode}`)).toBeTruthy()

    await user.click(within(sameEvent).getByRole('button', { name: `Unlink ${twin.refCode}` }))
    expect(await within(sameEvent).findByText('Not linked to other reports.')).toBeTruthy()
    expect((await seeded!.call('reports:get', { id: report.id })).sameEventAsId).toBeNull()
  })
})
