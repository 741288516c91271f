import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, test } from 'vitest'
import { STANDING_ITEMS } from '../../src/shared/domain/meetings'
import { en } from '../../src/shared/i18n/en'
import { callsTo, renderMeetings, seedMeetingWorld, type MeetingWorld } from './meetingTestKit'

let world: MeetingWorld | undefined
afterEach(() => {
  world?.backend.close()
  world = undefined
})

const standingTitles = STANDING_ITEMS.map((kind) => en.meetings.standing[kind])

/** The agenda item (its <section>) whose heading contains `title`. */
const itemSection = (title: string) => screen.getByRole('heading', { level: 3, name: new RegExp(title.replace(/[?()]/g, '\\$&')) }).closest('section') as HTMLElement

const itemTitles = () =>
  within(screen.getByRole('region', { name: 'Agenda' }))
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent ?? '')
    .filter((text) => /^\d+\./.test(text))
    .map((text) => text.replace(/^\d+\.\s*/, ''))

async function openNewMeeting(w: MeetingWorld, heldOn = '2026-03-12') {
  const created = await w.call('meetings:create', { heldOn, startTime: '15:30', place: 'Library', chairMemberId: w.members.chair, recorderMemberId: w.members.recorder })
  const view = renderMeetings(w, `#/meetings/${created.id}`)
  await screen.findByRole('heading', { level: 1, name: /Safety committee meeting, Thursday, March 12, 2026/ })
  return { ...view, meetingId: created.id }
}

async function buildAgenda(view: Awaited<ReturnType<typeof openNewMeeting>>) {
  await view.user.click(screen.getByRole('button', { name: 'Build standing agenda' }))
  await screen.findByText('Standing agenda built.')
}

// The real backend and the whole workspace (charts included) per test: allow more than 5 s.
const SLOW = { timeout: 30_000 }

describe('Meetings list and the new-meeting form', SLOW, () => {
  test('shows the computed review period and opens the new meeting', async () => {
    world = await seedMeetingWorld()
    await world.call('meetings:create', { heldOn: '2026-02-05', place: 'Room 12' })
    const { user } = renderMeetings(world, '#/meetings')

    const past = await screen.findByRole('region', { name: 'Past meetings' })
    const row = within(past).getByRole('row', { name: /Thursday, February 5, 2026/ })
    expect(within(row).getByText('Draft agenda')).toBeTruthy()

    const form = screen.getByRole('region', { name: 'New meeting' })
    const date = within(form).getByLabelText('Date')
    await user.clear(date)
    await user.type(date, '2026-03-12')
    expect(within(form).getByText('Since the last meeting: Feb 6, 2026 to Mar 12, 2026')).toBeTruthy()
    await user.type(within(form).getByLabelText('Place'), 'Library')
    await user.selectOptions(within(form).getByLabelText('Chair'), 'Dana Ortiz')
    await user.selectOptions(within(form).getByLabelText('Recorder (takes the minutes)'), 'Sam Lee')
    await user.click(within(form).getByRole('button', { name: 'Create meeting' }))

    await screen.findByRole('heading', { level: 1, name: 'Safety committee meeting, Thursday, March 12, 2026' })
    expect(callsTo(world, 'meetings:create').at(-1)).toEqual({
      heldOn: '2026-03-12',
      startTime: null,
      place: 'Library',
      chairMemberId: world.members.chair,
      recorderMemberId: world.members.recorder
    })
    expect(screen.getByText('Feb 6, 2026 to Mar 12, 2026 (since the last meeting)')).toBeTruthy()
    expect(within(screen.getByRole('region', { name: 'Meeting details' })).getByText('Dana Ortiz')).toBeTruthy()
  })
})

describe('Agenda builder', SLOW, () => {
  test('builds the standing agenda in one click, with the review facts under each item', async () => {
    world = await seedMeetingWorld()
    const view = await openNewMeeting(world)
    expect(screen.getByText('No agenda yet. Build the standing agenda in one click, then adjust it.')).toBeTruthy()
    await buildAgenda(view)

    expect(itemTitles()).toEqual(standingTitles)
    expect(screen.getByText('Total: 62 minutes · ends around 4:32 PM')).toBeTruthy()
    const nearMisses = itemSection('Near misses reported since the last meeting')
    expect(within(nearMisses).getByText(/3 reports, 2 separate events/)).toBeTruthy()
    expect(within(nearMisses).getByRole('heading', { name: 'High: 1' })).toBeTruthy()
    expect(within(nearMisses).getByRole('heading', { name: 'Low: 1' })).toBeTruthy()
    expect(within(nearMisses).getByText(/Same event also reported as NM-2026-0002 \(counted once\)/)).toBeTruthy()
    expect(within(itemSection('Approval of previous minutes')).getByText(/first meeting/)).toBeTruthy()

    // Rebuilding asks first; "keep" changes nothing and returns focus to the button.
    await view.user.click(screen.getByRole('button', { name: 'Rebuild standing agenda' }))
    await view.user.click(screen.getByRole('button', { name: 'Keep the current agenda' }))
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Rebuild standing agenda' }))
    expect(callsTo(world, 'meetings:buildAgenda')).toEqual([{ meetingId: view.meetingId, replace: false }])
  })

  test('moves an item up with the keyboard, keeping focus on it, and adds, retitles and removes items', async () => {
    world = await seedMeetingWorld()
    const view = await openNewMeeting(world)
    await buildAgenda(view)
    const { user } = view

    const moveUp = screen.getByRole('button', { name: 'Move up: “Trends”' })
    moveUp.focus()
    await user.keyboard('{Enter}')
    await screen.findByText('“Trends” is now item 5.')
    expect(itemTitles().slice(3, 6)).toEqual([standingTitles[3], standingTitles[5], standingTitles[4]])
    const stored = await world.call('meetings:get', { id: view.meetingId })
    expect(stored.items.map((i) => i.kind).slice(3, 6)).toEqual(['investigations', 'trends', 'actionFollowUp'])
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up: “Trends”' })))

    const add = screen.getByRole('group', { name: 'Add item' })
    await user.type(within(add).getByLabelText('Title'), 'Fire drill debrief')
    await user.type(within(add).getByLabelText('Minutes allotted'), '7')
    await user.click(within(add).getByRole('button', { name: 'Add item' }))
    await screen.findByText('“Fire drill debrief” added to the agenda.')
    expect(itemTitles().at(-1)).toBe('Fire drill debrief')
    expect(screen.getByText(/^Total: 69 minutes/)).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Edit item “Fire drill debrief”' }))
    const title = within(itemSection('Fire drill debrief')).getByLabelText('Title')
    await user.clear(title)
    await user.type(title, 'Evacuation drill debrief')
    await user.type(within(itemSection('Fire drill debrief')).getByLabelText('Presenter'), 'Custodian')
    await user.click(screen.getByRole('button', { name: 'Save item' }))
    await screen.findByText('Item saved.')
    expect(within(itemSection('Evacuation drill debrief')).getByText('7 min · Presenter: Custodian')).toBeTruthy()

    await user.click(screen.getByRole('button', { name: 'Remove item “Evacuation drill debrief”' }))
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }))
    await screen.findByText('“Evacuation drill debrief” removed.')
    expect(itemTitles()).toHaveLength(9)
  })
})

describe('During the meeting', SLOW, () => {
  test('saves attendance: members present, absent or excused, and guests by name', async () => {
    world = await seedMeetingWorld()
    const { user, meetingId } = await openNewMeeting(world)
    const attendance = screen.getByRole('region', { name: 'Attendance' })

    await user.click(within(attendance).getByRole('button', { name: 'Mark everyone present' }))
    await user.click(within(within(attendance).getByRole('group', { name: /Rita Moss/ })).getByLabelText('Excused'))
    expect(within(attendance).getByText('Unsaved changes')).toBeTruthy()
    await user.type(within(attendance).getByLabelText('Guest name'), 'District safety officer{Enter}')
    expect(within(attendance).getByText('District safety officer')).toBeTruthy()
    await user.click(within(attendance).getByRole('button', { name: 'Save attendance' }))
    await within(attendance).findByText('Attendance saved.')

    expect(callsTo(world, 'meetings:setAttendance').at(-1)).toEqual({
      meetingId,
      entries: [
        { memberId: world.members.chair, attendance: 'present' },
        { memberId: world.members.recorder, attendance: 'present' },
        { memberId: world.members.nurse, attendance: 'excused' },
        { guestName: 'District safety officer', attendance: 'guest' }
      ]
    })
    const stored = await world.call('meetings:get', { id: meetingId })
    expect(stored.attendance.map((a) => [a.name, a.attendance])).toEqual([
      ['Dana Ortiz', 'present'],
      ['Sam Lee', 'present'],
      ['Rita Moss', 'excused'],
      ['District safety officer', 'guest']
    ])
    expect(within(attendance).queryByText('Unsaved changes')).toBeNull()
  })

  test('saves notes and the decision when focus leaves the field', async () => {
    world = await seedMeetingWorld()
    const view = await openNewMeeting(world)
    await buildAgenda(view)
    const { user, meetingId } = view
    const nearMisses = itemSection('Near misses reported since the last meeting')

    await user.type(within(nearMisses).getByLabelText('Notes'), 'Top shelves in the prep room hold heavy stock bottles.')
    await user.tab()
    await within(nearMisses).findByText('Saved.')
    await user.type(within(nearMisses).getByLabelText('Decision'), 'Move acids to the low cabinet.')
    await user.tab()
    await waitFor(async () => {
      const item = (await world!.call('meetings:get', { id: meetingId })).items[2]!
      expect([item.notes, item.decision]).toEqual(['Top shelves in the prep room hold heavy stock bottles.', 'Move acids to the low cabinet.'])
    })
  })

  test('keeps typed notes when the save is refused, and offers them back once the minutes are locked', async () => {
    world = await seedMeetingWorld()
    const view = await openNewMeeting(world)
    await buildAgenda(view)
    const { user, meetingId } = view
    // A note too long to store is refused: the text stays in the field with the reason.
    const feedback = itemSection('Feedback to staff')
    const decision = within(feedback).getByLabelText('Decision') as HTMLTextAreaElement
    decision.removeAttribute('maxLength')
    await user.click(decision)
    await user.paste('x'.repeat(4001))
    await user.tab()
    await within(feedback).findByText(/Not saved: This is too long\. Nothing was saved\. Your text is kept here/)
    expect(decision.value).toHaveLength(4001)
    expect(decision.getAttribute('aria-invalid')).toBe('true')

    // Approved elsewhere meanwhile (another window): this meeting is now locked.
    await world.call('meetings:markHeld', { id: meetingId })
    const later = await world.call('meetings:create', { heldOn: '2026-04-09' })
    const trends = itemSection('Trends')
    await user.type(within(trends).getByLabelText('Notes'), 'Reports are up: people speak up.')
    await world.call('meetings:approveMinutes', { meetingId, atMeetingId: later.id })
    await user.tab()

    const amendments = await screen.findByRole('region', { name: 'Amendments' })
    const rescued = within(amendments).getByRole('group', { name: 'Not saved before the minutes were locked' })
    expect(within(rescued).getByText('Reports are up: people speak up.')).toBeTruthy()
    await user.click(within(rescued).getByRole('button', { name: 'Use the text from Trends — Notes as the correction' }))
    expect((within(amendments).getByLabelText('Correction') as HTMLTextAreaElement).value).toBe('Trends — Notes: Reports are up: people speak up.')
  })

  test('records a recommendation with the person responsible and the date for management’s response', async () => {
    world = await seedMeetingWorld()
    const view = await openNewMeeting(world)
    await buildAgenda(view)
    const { user, meetingId } = view
    await user.click(screen.getByRole('button', { name: 'Add a recommendation to “Investigations: cause identified? corrected?”' }))
    const item = itemSection('Investigations: cause identified')
    const group = within(item).getByRole('group', { name: 'Recommendation to management' })
    expect(document.activeElement).toBe(within(group).getByLabelText('What is recommended'))

    await user.type(within(group).getByLabelText('What is recommended'), 'Fund a locking acid cabinet for the prep room.')
    await user.type(within(group).getByLabelText('Person responsible'), 'Principal')
    await user.type(within(group).getByLabelText('Date for management’s response'), '2026-03-31')
    await user.tab()
    await waitFor(async () => {
      const stored = (await world!.call('meetings:get', { id: meetingId })).items[3]!
      expect([stored.recommendation, stored.recommendationOwner, stored.responseDueOn]).toEqual([
        'Fund a locking acid cabinet for the prep room.',
        'Principal',
        '2026-03-31'
      ])
    })
    expect(within(group).getByLabelText('Management’s response')).toBeTruthy()
    expect(within(group).getByLabelText('Date response received')).toBeTruthy()
  })
})

describe('Details and actions', SLOW, () => {
  test('edits the details and review period, and Escape leaves the form without saving', async () => {
    world = await seedMeetingWorld()
    const { user, meetingId } = await openNewMeeting(world)
    const details = screen.getByRole('region', { name: 'Meeting details' })
    await user.click(within(details).getByRole('button', { name: 'Edit details' }))
    expect(document.activeElement).toBe(within(details).getByLabelText('Date'))
    await user.type(within(details).getByLabelText('End time'), '1645')
    await user.click(within(details).getByRole('radio', { name: 'Chosen dates' }))
    const from = within(details).getByLabelText('From')
    await user.clear(from)
    await user.type(from, '2026-02-01')
    await user.click(within(details).getByRole('button', { name: 'Save details' }))
    await within(details).findByText('Meeting details saved.')
    expect(document.activeElement).toBe(within(details).getByRole('button', { name: 'Edit details' }))
    expect(within(details).getByText('Feb 1, 2026 to Mar 12, 2026 (chosen dates)')).toBeTruthy()
    expect(within(details).getByText('3:30 PM – 4:45 PM')).toBeTruthy()

    await user.click(within(details).getByRole('button', { name: 'Edit details' }))
    await user.type(within(details).getByLabelText('Place'), ' annex')
    await user.keyboard('{Escape}')
    expect(within(details).getByText('Library')).toBeTruthy()
    expect((await world.call('meetings:get', { id: meetingId })).place).toBe('Library')
  })

  test('creates an action from an agenda item with the shared action form', async () => {
    world = await seedMeetingWorld()
    const view = await openNewMeeting(world)
    await buildAgenda(view)
    const { user } = view
    const item = itemSection('What almost went wrong this month?')
    await user.click(within(item).getByRole('button', { name: 'Create action from this item: “What almost went wrong this month?”' }))
    await user.type(within(item).getByLabelText('What will change?'), 'Add a kick plate to the prep room door')
    await user.click(within(item).getByRole('radio', { name: 'Engineering' }))
    await user.selectOptions(within(item).getByLabelText('Owner'), 'Sam Lee')
    await user.type(within(item).getByLabelText('Due date'), '2026-03-30')
    await user.type(within(item).getByLabelText('Measure of success'), 'Door closes by itself at the next walk-through')
    await user.click(within(item).getByRole('button', { name: 'Save action' }))
    await within(item).findByText('Action saved: “Add a kick plate to the prep room door”.')
    await within(item).findByText(/^Add a kick plate to the prep room door — Sam Lee, due Mar 30, 2026/)
    const stored = await world.call('meetings:get', { id: view.meetingId })
    const agendaItemId = stored.items.find((i) => i.kind === 'whatAlmostWentWrong')!.id
    expect((await world.call('actions:list', {})).rows.filter((a) => a.agendaItemId === agendaItemId).map((a) => a.description)).toEqual([
      'Add a kick plate to the prep room door'
    ])
    // An item with an action stays on the agenda, and the agenda can no longer be rebuilt.
    expect(within(item).queryByRole('button', { name: /^Remove/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Rebuild standing agenda' })).toBeNull()
    expect(screen.getByText(/cannot be rebuilt/)).toBeTruthy()
  })
})

describe('Approval and locked minutes', SLOW, () => {
  test('approves the previous minutes from this meeting, then shows them locked', async () => {
    world = await seedMeetingWorld()
    const first = await world.call('meetings:create', { heldOn: '2026-02-05' })
    await world.call('meetings:markHeld', { id: first.id })
    const view = await openNewMeeting(world)
    await buildAgenda(view)
    const item = itemSection('Approval of previous minutes')

    await view.user.click(within(item).getByRole('button', { name: 'Approve minutes of Feb 5, 2026' }))
    await within(item).findByText('Approved — locked')
    expect(callsTo(world, 'meetings:approveMinutes')).toEqual([{ meetingId: first.id, atMeetingId: view.meetingId }])
    expect((await world.call('meetings:get', { id: first.id })).locked).toBe(true)
  })

  test('a locked meeting is read-only with a banner, and takes dated amendments', async () => {
    world = await seedMeetingWorld()
    const first = await world.call('meetings:create', { heldOn: '2026-02-05', place: 'Room 12' })
    const built = await world.call('meetings:buildAgenda', { meetingId: first.id })
    await world.call('meetings:updateItem', { id: built.items[2]!.id, notes: 'Two shelves reviewed.' })
    await world.call('meetings:markHeld', { id: first.id })
    const later = await world.call('meetings:create', { heldOn: '2026-03-12' })
    await world.call('meetings:approveMinutes', { meetingId: first.id, atMeetingId: later.id })
    const { user } = renderMeetings(world, `#/meetings/${first.id}`)

    await screen.findByText('Minutes approved — locked')
    expect(screen.getByText(/approved at the meeting of Mar 12, 2026 and can no longer change/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Edit details' })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Move / })).toBeNull()
    expect(screen.queryByLabelText('Notes')).toBeNull()
    expect(screen.queryByRole('button', { name: 'Save attendance' })).toBeNull()
    expect(screen.getByText('Two shelves reviewed.')).toBeTruthy()

    const amendments = screen.getByRole('region', { name: 'Amendments' })
    await user.type(within(amendments).getByLabelText('Correction'), 'The guest was the district safety officer, not the fire marshal.')
    const date = within(amendments).getByLabelText('Date of the amendment')
    await user.clear(date)
    await user.type(date, '2026-03-13')
    await user.click(within(amendments).getByRole('button', { name: 'Add amendment' }))
    await within(amendments).findByText('Mar 13, 2026: The guest was the district safety officer, not the fire marshal.')
    expect((within(amendments).getByLabelText('Correction') as HTMLTextAreaElement).value).toBe('')

    // Where the minutes were posted can still be recorded.
    const posting = screen.getByRole('region', { name: 'Where were the minutes posted?' })
    await user.type(within(posting).getByLabelText('Posted where'), 'Staff room notice board')
    await user.click(within(posting).getByRole('button', { name: 'Save where posted' }))
    await within(posting).findByText('Saved where the minutes were posted.')
    expect((await world.call('meetings:get', { id: first.id })).minutesPostedWhere).toBe('Staff room notice board')
  })
})
