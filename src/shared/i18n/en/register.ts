/** Catalog: the register (list, filters, search), report detail, triage and status. */
export const register = {
  riskLevels: {
    low: 'Low',
    medium: 'Medium',
    high: 'High',
    critical: 'Critical'
  },
  statuses: {
    new: 'New',
    triaged: 'Triaged',
    investigating: 'Investigating',
    actionPlanned: 'Action planned',
    closed: 'Closed'
  },
  decisions: {
    logAndMonitor: 'Log and monitor',
    reviewAtMeeting: 'Review at next meeting',
    investigate: 'Investigate'
  }
} as const
