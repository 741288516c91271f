/** Catalog: meetings, the agenda builder, minutes, approval and the staff bulletin. */
export const meetings = {
  /** Default titles of the standing agenda items (stored with the agenda; the chair may retitle). */
  standing: {
    callToOrder: 'Call to order and attendance',
    previousMinutes: 'Approval of previous minutes',
    nearMisses: 'Near misses reported since the last meeting',
    investigations: 'Investigations: cause identified? corrected?',
    actionFollowUp: 'Action follow-up: overdue, due soon, done awaiting check',
    trends: 'Trends',
    whatAlmostWentWrong: 'What almost went wrong this month?',
    feedbackToStaff: 'Feedback to staff: you said, we did',
    nextMeeting: 'Next meeting'
  },
  problem: {
    locked: 'These minutes are approved and locked. Record a correction as an amendment.',
    notApproved: 'Only approved minutes take amendments; edit the meeting record instead.',
    agendaExists: 'This meeting already has an agenda. Choose “Rebuild” to replace it.',
    approveAtLaterMeeting: 'Minutes are approved at a later meeting.',
    approveNeedsHeld: 'Only the minutes of a meeting that was held can be approved.',
    memberOrGuest: 'Each attendee is either a committee member or a named guest.',
    periodOrder: 'The review period must start before it ends.',
    itemsMismatch: 'The agenda changed meanwhile. Reload and try again.'
  }
} as const
