/**
 * The monthly review (DOMAIN.md "The monthly review and its minutes"): its standing agenda,
 * attendance, and the rules that keep approved minutes fixed.
 */
export const MEETING_STATUSES = ['draft', 'held', 'approved'] as const
export type MeetingStatus = (typeof MEETING_STATUSES)[number]

export const ATTENDANCE = ['present', 'absent', 'excused', 'guest'] as const
export type Attendance = (typeof ATTENDANCE)[number]

/** The standing agenda, in order. `custom` items are the chair's own. */
export const STANDING_ITEMS = [
  'callToOrder',
  'previousMinutes',
  'nearMisses',
  'investigations',
  'actionFollowUp',
  'trends',
  'whatAlmostWentWrong',
  'feedbackToStaff',
  'nextMeeting'
] as const
export type StandingItem = (typeof STANDING_ITEMS)[number]
export const AGENDA_KINDS = [...STANDING_ITEMS, 'custom'] as const
export type AgendaKind = (typeof AGENDA_KINDS)[number]

/** Suggested minutes per standing item, so a first agenda already adds up to about an hour. */
export const DEFAULT_ITEM_MINUTES: Record<StandingItem, number> = {
  callToOrder: 2,
  previousMinutes: 3,
  nearMisses: 15,
  investigations: 10,
  actionFollowUp: 10,
  trends: 5,
  whatAlmostWentWrong: 10,
  feedbackToStaff: 5,
  nextMeeting: 2
}

/** Approved minutes are locked: edits become dated amendments. */
export const isLocked = (status: MeetingStatus) => status === 'approved'

/** "Keep until" for the retention line: the meeting date plus the retention period. */
export function keepUntil(heldOn: string, years: number): string {
  const [y, m, d] = heldOn.split('-').map(Number) as [number, number, number]
  // 29 February + whole years lands on 28 February in common years, as records schedules expect.
  const target = new Date(Date.UTC(y + years, m - 1, 1))
  const lastDay = new Date(Date.UTC(y + years, m, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return target.toISOString().slice(0, 10)
}

/**
 * The review period defaults to "since the last meeting": the day after the previous meeting
 * up to this meeting's date; a first meeting looks back 30 days.
 */
export function defaultReviewPeriod(heldOn: string, previousHeldOn: string | null): { start: string; end: string } {
  const shift = (iso: string, days: number) => {
    const date = new Date(`${iso}T00:00:00Z`)
    date.setUTCDate(date.getUTCDate() + days)
    return date.toISOString().slice(0, 10)
  }
  return { start: previousHeldOn ? shift(previousHeldOn, 1) : shift(heldOn, -30), end: heldOn }
}
