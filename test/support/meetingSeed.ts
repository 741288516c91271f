import type { Channel } from '../../src/shared/ipc/channels'
import type { ChannelInput, ChannelOutput } from '../../src/shared/ipc/contract'

/**
 * A month in the life of a school safety committee, seeded through the real channels (the same
 * validation and rules as the app): ten near misses of every risk, a same-event pair, a report
 * whose text looks like markup, two root-cause worksheets with overdue, due-soon, done and
 * verified actions, three reports closed with feedback to staff, and three meetings — last
 * month's (approved at this month's, with a recommendation management answered), this month's
 * (attendance, notes, decisions, a recommendation; approved at next month's, then amended and
 * posted) and next month's.
 *
 * Used by the print-view component tests (backend in process) and the documents e2e test
 * (through the browser preview's IPC endpoint).
 */
export type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>

/** `today` plus `days` as YYYY-MM-DD (calendar arithmetic in UTC, as the backend files reports). */
export const shiftDate = (today: string, days: number): string => {
  const date = new Date(`${today}T12:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

export const MARKUP_TEXT = 'Tray labelled nut-free had a peanut granola bar <img src=x onerror=alert(1)> on it; the server caught it before it reached the student.'

export const LONG_TEXT =
  'During third period a power strip under the teacher’s desk was found warm to the touch with a phone charger, a space heater and a document camera all plugged in. ' +
  'The heater had been brought in because the room is cold in the mornings. The teacher unplugged the heater and reported it; the custodian checked the outlet and found it was on the same circuit as the room next door, which also had a heater running.'

/** Who and where: the bulletin must show none of these. */
export const REPORTER_NAMES = ['Jordan Smith', 'Casey Morgan']
export const PLACE_DETAILS = ['Prep room 114, top shelf', 'East stairs landing']

export interface SeededMeetings {
  today: string
  previousId: number
  meetingId: number
  nextId: number
  /** Ref codes by role in the story. */
  codes: { glassware: string; glasswareDuplicate: string; stairs: string; bus: string; markup: string; long: string; library: string }
  members: { chair: string; recorder: string; present: string; absent: string; excused: string; guest: string }
  recommendation: { text: string; owner: string; dueOn: string }
  earlier: { text: string; response: string }
  amendment: string
  posting: { where: string; on: string }
  nextMeetingNote: string
}

export async function seedMeetingMonth(call: Call, today: string): Promise<SeededMeetings> {
  const day = (offset: number) => shiftDate(today, offset)
  await call('settings:update', { schoolName: 'Lincoln Middle School', committeeName: 'Staff Safety Committee', minutesRetentionYears: 3 })

  const byName = async (kind: 'locations' | 'categories') => {
    const items = await call('lists:list', { kind })
    return (name: string) => {
      const item = items.find((entry) => entry.name === name)
      if (!item) throw new Error(`No ${kind} entry named ${name}`)
      return item.id
    }
  }
  const place = await byName('locations')
  const category = await byName('categories')

  const member = (name: string, detail: string) => call('lists:add', { kind: 'members', name, detail })
  const chair = await member('Dana Lee', 'Science lead')
  const recorder = await member('Kim Nguyen', 'School nurse')
  const custodian = await member('Sam Ortiz', 'Custodian')
  const absent = await member('Pat Brooks', 'Assistant principal')
  const excused = await member('Alex Rivera', 'PE teacher')

  const report = (input: ChannelInput<'reports:create'>) => call('reports:create', input)
  const glassware = await report({
    occurredOn: day(-27),
    timeSlot: 'classTime',
    locationId: place('Science lab / prep room'),
    locationDetails: PLACE_DETAILS[0],
    categoryId: category('Falling or tipping objects'),
    whatHappened: 'A box of glassware slid off the top shelf in the prep room and landed on the bench; no one was standing there.',
    reporterName: REPORTER_NAMES[0]
  })
  const glasswareDuplicate = await report({
    occurredOn: day(-27),
    locationId: place('Science lab / prep room'),
    categoryId: category('Falling or tipping objects'),
    whatHappened: 'Heard a crash in the prep room: glassware box fell from the top shelf.',
    reporterName: REPORTER_NAMES[1]
  })
  const barbell = await report({
    occurredOn: day(-22),
    locationId: place('Gym / weight room'),
    categoryId: category('Sports and PE'),
    whatHappened: 'A loose collar on the squat rack barbell slipped during a spotting demonstration; the plates stopped against the safety bar.'
  })
  const stairs = await report({
    occurredOn: day(-20),
    timeSlot: 'passingPeriod',
    locationId: place('Hallway / stairs'),
    locationDetails: PLACE_DETAILS[1],
    categoryId: category('Slips, trips and falls'),
    whatHappened: 'Water from a leaking fountain pooled at the bottom of the east stairs; a 7th-grade student slid but caught the rail.'
  })
  const bus = await report({
    occurredOn: day(-18),
    timeSlot: 'dismissal',
    locationId: place('Bus loop / parking'),
    categoryId: category('Vehicles and traffic'),
    whatHappened: 'A parent’s car pulled into the bus lane while students were crossing to their bus; the duty aide waved them back.'
  })
  const markup = await report({ occurredOn: day(-15), timeSlot: 'lunch', locationId: place('Cafeteria / kitchen'), categoryId: category('Food and allergens'), whatHappened: MARKUP_TEXT })
  const long = await report({ occurredOn: day(-12), locationId: place('Classroom'), categoryId: category('Electrical'), whatHappened: LONG_TEXT })
  await report({ occurredOn: day(-9), locationId: place('Custodial / storage'), categoryId: category('Chemical'), whatHappened: 'Two cleaning products were decanted into unlabelled spray bottles on the cart.' })
  await report({ occurredOn: day(-5), locationId: place('Playing field'), categoryId: category('Weather'), whatHappened: 'Lightning was visible while classes stayed on the field; the whistle signal was not heard at the far end.' })
  const library = await report({
    occurredOn: day(-2),
    locationId: place('Library'),
    categoryId: category('Security and access (door propped open)'),
    whatHappened: 'The library’s outside door was propped open with a chair after the book delivery.'
  })

  await call('reports:linkSameEvent', { id: glasswareDuplicate.id, sameAsId: glassware.id })
  const triage = (id: number, severity: 1 | 2 | 3 | 4 | 5, likelihood: 1 | 2 | 3 | 4 | 5, decision: 'logAndMonitor' | 'reviewAtMeeting' | 'investigate') =>
    call('reports:triage', { id, severity, likelihood, decision })
  await triage(glassware.id, 4, 3, 'investigate')
  await triage(barbell.id, 3, 2, 'reviewAtMeeting')
  await triage(stairs.id, 3, 4, 'investigate')
  await triage(bus.id, 5, 4, 'investigate')
  await triage(markup.id, 4, 2, 'reviewAtMeeting')
  await triage(long.id, 2, 2, 'logAndMonitor')
  await triage(library.id, 2, 1, 'logAndMonitor')

  // Root cause and actions: one fixed and verified, one overdue, one due soon, one awaiting its check.
  const stairSheet = await call('worksheets:create', { title: 'Stair fountain leak', reportIds: [stairs.id] })
  const stairCause = await call('worksheets:addCause', { worksheetId: stairSheet.id, branch: 'equipment', text: 'Fountain drain leaks onto the stair landing', isRootCause: true })
  const drain = await call('actions:create', {
    worksheetId: stairSheet.id,
    causeId: stairCause.causes[0]!.id,
    description: 'Repair the fountain drain and fit a drip tray',
    controlType: 'engineering',
    ownerMemberId: custodian.id,
    dueOn: day(-10)
  })
  await call('actions:setStatus', { id: drain.id, status: 'done' })
  await call('actions:recordCheck', { id: drain.id, checkedOn: day(-3), checkResult: 'Landing dry on five daily checks', effective: true })

  const shelfSheet = await call('worksheets:create', { title: 'Prep room shelving', reportIds: [glassware.id, glasswareDuplicate.id] })
  const shelfCause = await call('worksheets:addCause', { worksheetId: shelfSheet.id, branch: 'environment', text: 'Heavy glassware stored above shoulder height', isRootCause: true })
  const causeId = shelfCause.causes[0]!.id
  await call('actions:create', { worksheetId: shelfSheet.id, causeId, description: 'Move glassware to shelves below shoulder height', controlType: 'engineering', ownerMemberId: chair.id, dueOn: day(-4) })
  await call('actions:create', { worksheetId: shelfSheet.id, causeId, description: 'Anchor the tall shelving unit to the wall', controlType: 'engineering', ownerMemberId: custodian.id, dueOn: day(5) })
  const collars = await call('actions:create', { reportId: barbell.id, description: 'Replace the worn barbell collars', controlType: 'substitution', ownerMemberId: excused.id, dueOn: day(-1) })
  await call('actions:setStatus', { id: collars.id, status: 'done' })

  const close = (id: number, feedbackToStaff: string) => call('reports:setStatus', { id, status: 'closed', closureNote: 'Fixed and checked.', feedbackToStaff })
  await close(stairs.id, 'We repaired the leaking fountain drain and fitted a drip tray; the stairs now stay dry.')
  await close(long.id, 'The overloaded power strip was replaced, and space heaters now go through the custodian.')
  await close(library.id, 'Deliveries now come through the office door, which closes on its own.')

  // Last month: a recommendation that management has answered.
  const earlier = { text: 'Fund wall anchors for every tall shelving unit in the science rooms', response: 'Approved: anchoring kits ordered for all four science rooms.' }
  const previous = await call('meetings:create', { heldOn: day(-35), startTime: '15:30', endTime: '16:30', place: 'Library', chairMemberId: chair.id, recorderMemberId: recorder.id })
  const previousAgenda = await call('meetings:buildAgenda', { meetingId: previous.id, replace: false })
  const previousFollowUp = previousAgenda.items.find((item) => item.kind === 'actionFollowUp')!
  await call('meetings:updateItem', {
    id: previousFollowUp.id,
    recommendation: earlier.text,
    recommendationOwner: 'Principal',
    responseDueOn: day(-10),
    managementResponse: earlier.response,
    responseReceivedOn: day(-14)
  })
  await call('meetings:markHeld', { id: previous.id })

  // This month's meeting.
  const nextMeetingNote = 'Bring the transportation lead’s findings on the bus lane.'
  const meeting = await call('meetings:create', {
    heldOn: today,
    startTime: '15:30',
    endTime: '16:35',
    place: 'Library, room 210',
    chairMemberId: chair.id,
    recorderMemberId: recorder.id,
    nextMeetingNote
  })
  const agenda = await call('meetings:buildAgenda', { meetingId: meeting.id, replace: false })
  await call('meetings:setAttendance', {
    meetingId: meeting.id,
    entries: [
      { memberId: chair.id, attendance: 'present' },
      { memberId: recorder.id, attendance: 'present' },
      { memberId: custodian.id, attendance: 'present' },
      { memberId: absent.id, attendance: 'absent' },
      { memberId: excused.id, attendance: 'excused' },
      { guestName: 'District safety officer', attendance: 'guest' }
    ]
  })
  const itemOf = (kind: string) => agenda.items.find((item) => item.kind === kind)!.id
  const recommendation = { text: 'Put a physical barrier at the bus lane entrance during dismissal', owner: 'Pat Brooks, Assistant principal', dueOn: day(21) }
  const note = (kind: string, fields: Omit<ChannelInput<'meetings:updateItem'>, 'id'>) => call('meetings:updateItem', { id: itemOf(kind), ...fields })
  await note('callToOrder', { presenter: chair.name, notes: 'Called to order at 3:32 PM by the chair. Quorum present.' })
  await note('previousMinutes', { decision: 'Minutes of the previous meeting approved as written.' })
  await note('nearMisses', {
    presenter: chair.name,
    notes: 'All reports reviewed. The prep room glassware and the bus lane crossing took most of the time.\nThe cafeteria tray was a labelling slip; the kitchen now double-checks nut-free trays.',
    decision: 'Investigate the bus lane crossing with the transportation lead.',
    recommendation: recommendation.text,
    recommendationOwner: recommendation.owner,
    responseDueOn: recommendation.dueOn
  })
  await note('investigations', { presenter: custodian.name, notes: 'The stair fountain worksheet is complete; the drip tray has held for two weeks.' })
  await note('actionFollowUp', { presenter: recorder.name })
  await note('whatAlmostWentWrong', { notes: 'Staff mentioned the lightning delay on the field; radios for outdoor duty staff were suggested.' })
  await call('meetings:approveMinutes', { meetingId: previous.id, atMeetingId: meeting.id })
  await call('meetings:markHeld', { id: meeting.id })

  // Next month's meeting approves this one; a correction follows as an amendment; then posting.
  const next = await call('meetings:create', { heldOn: day(28), startTime: '15:30', place: 'Library', chairMemberId: chair.id, recorderMemberId: recorder.id })
  await call('meetings:buildAgenda', { meetingId: next.id, replace: false })
  await call('meetings:approveMinutes', { meetingId: meeting.id, atMeetingId: next.id })
  const amendment = 'Item 3: the recommendation was made to the Assistant Principal, not the Principal.'
  await call('meetings:addAmendment', { meetingId: meeting.id, text: amendment, amendedOn: day(28) })
  const posting = { where: 'Staff room notice board', on: day(1) }
  await call('meetings:recordPosting', { meetingId: meeting.id, postedWhere: posting.where, postedOn: posting.on })

  return {
    today,
    previousId: previous.id,
    meetingId: meeting.id,
    nextId: next.id,
    codes: {
      glassware: glassware.refCode,
      glasswareDuplicate: glasswareDuplicate.refCode,
      stairs: stairs.refCode,
      bus: bus.refCode,
      markup: markup.refCode,
      long: long.refCode,
      library: library.refCode
    },
    members: { chair: chair.name, recorder: recorder.name, present: custodian.name, absent: absent.name, excused: excused.name, guest: 'District safety officer' },
    recommendation,
    earlier,
    amendment,
    posting,
    nextMeetingNote
  }
}
