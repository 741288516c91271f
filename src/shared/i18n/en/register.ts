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
  },
  untriaged: 'Not triaged',

  heading: 'Register',
  search: {
    label: 'Search reports',
    hint: 'Finds words in any written field, and ref codes. “tip” also finds “tipped”.'
  },
  filters: {
    heading: 'Filters',
    status: 'Status',
    risk: 'Risk level',
    from: 'From',
    to: 'To',
    location: 'Place',
    anyLocation: 'Any place',
    category: 'Hazard category',
    anyCategory: 'Any category',
    condition: 'Condition',
    anyCondition: 'Any condition',
    archived: '{{name}} (archived)',
    clear: 'Clear filters'
  },
  table: {
    caption: 'Near-miss reports',
    refCode: 'Ref code',
    occurredOn: 'Date',
    location: 'Place',
    category: 'Category',
    whatHappened: 'What happened',
    riskLevel: 'Risk',
    status: 'Status',
    noCategory: '—',
    sortHint: 'Column headers with buttons sort the list.'
  },
  paging: {
    label: 'Pages',
    showing: 'Showing {{first}}–{{last}} of {{total}}',
    previous: 'Previous',
    next: 'Next',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    beyondEnd: 'This page is past the end of the list.',
    firstPage: 'Go to the first page'
  },
  empty: {
    heading: 'No near misses reported yet',
    text: 'A rising number of reports is good news: it means people speak up. Every near miss written down here is a chance to fix something before someone gets hurt.',
    action: 'Report a near miss'
  },
  noMatches: 'No reports match these filters.',
  /** The report detail page: `#/reports/<id>`. */
  detail: {
    heading: 'Report {{refCode}}',
    headingLoading: 'Report',
    back: 'Back to the register',
    notFound: 'This report could not be found. It may have been removed.',
    summary: 'Summary',
    riskLabel: 'Risk',
    statusLabel: 'Status',
    decisionLabel: 'Decision',
    detailsHeading: 'What was reported',
    notRecorded: 'Not recorded',
    reporter: 'Reported by',
    anonymous: 'Anonymous',
    notGiven: 'Not given',
    students_one: '{{count}} student',
    students_other: '{{count}} students',
    staff_one: '{{count}} member of staff',
    staff_other: '{{count}} staff',
    visitors_one: '{{count}} visitor',
    visitors_other: '{{count}} visitors',
    edit: 'Edit',
    editHeading: 'Edit report',
    save: 'Save changes',
    cancel: 'Cancel',
    saved: 'Changes saved.',
    noChanges: 'Nothing changed.',
    closureHeading: 'How it was closed',
    closureNote: 'Closure note',
    feedbackToStaff: 'Feedback to staff'
  },
  triage: {
    heading: 'Triage',
    intro: 'Pick the cell for the worst credible outcome (severity) and how likely it is to happen again (likelihood).',
    matrixLabel: 'Risk matrix: severity by likelihood',
    severityAxis: 'Potential severity (worst credible outcome)',
    likelihoodAxis: 'Likelihood of recurrence',
    axisValue: '{{value}} {{text}}',
    cellName: 'Severity {{severity}} {{severityText}}, likelihood {{likelihood}} {{likelihoodText}}: {{level}}',
    level: 'Risk level:',
    noLevel: 'Risk level: choose a cell in the matrix.',
    calculation: '(severity {{severity}} × likelihood {{likelihood}})',
    decision: 'Decision',
    suggested: 'suggested',
    suggestedFor: 'Suggested for {{level}} risk.',
    save: 'Save triage',
    saved: 'Triage saved: {{level}}, {{decision}}.',
    needsCell: 'Choose a cell in the risk matrix: severity and likelihood.',
    needsDecision: 'Choose a decision.'
  },
  statusPanel: {
    heading: 'Status',
    current: 'Current status:',
    moveTo: 'Move to {{status}}',
    close: 'Close report',
    reopen: 'Reopen',
    triageFirst: 'Save the triage first; it moves the report on to “Triaged”.',
    changed: 'Status changed to {{status}}.',
    closeHeading: 'Close this report',
    closeIntro: 'Both are required. The feedback goes on the staff bulletin, so whoever reported sees that it led to action.',
    closureNote: 'Closure note',
    closureNoteHint: 'What was done, and how you know it worked.',
    feedbackToStaff: 'Feedback to staff (“you said, we did”)',
    feedbackHint: 'Plain words for the bulletin: what was reported and what changed. No names.',
    confirmClose: 'Close report',
    cancel: 'Cancel'
  },
  similar: {
    heading: 'Similar reports',
    intro: 'Reports that may describe the same hazard. Marking one as the same event counts it once in trends.',
    none: 'No similar reports found.',
    reasons: {
      sameLocation: 'Same place',
      sameCategoryAndCondition: 'Same hazard and condition',
      similarText: 'Similar words'
    },
    reasonsLabel: 'Why:',
    markSame: 'Mark as same event',
    markSameItem: 'Mark {{refCode}} as the same event',
    unlink: 'Unlink',
    unlinkItem: 'Unlink {{refCode}}',
    linked: 'Same event',
    linkedNotice: 'Marked as the same event as {{refCode}}.',
    unlinkedNotice: 'No longer linked to {{refCode}}.'
  },
  sameEvent: {
    heading: 'Same event',
    none: 'Not linked to other reports.',
    intro: 'These reports describe the same event and are counted once in trends.'
  },
  history: {
    heading: 'History',
    none: 'No history recorded.',
    created: 'Reported as {{refCode}}',
    createdPlain: 'Reported',
    updated: 'Edited: {{fields}}',
    updatedNothing: 'Saved without changes',
    triaged: 'Triaged — {{level}} (severity {{severity}} × likelihood {{likelihood}}), decision: {{decision}}',
    status: 'Status changed from {{from}} to {{to}}',
    linked: 'Marked as the same event as {{refCode}}',
    linkedOther: 'Marked as the same event as another report',
    unlinked: 'Same-event link removed',
    other: 'Changed',
    /** Short names for the fields an edit changed, listed in "Edited: date, place". */
    fields: {
      occurredOn: 'date',
      occurredTime: 'time',
      timeSlot: 'time slot',
      locationId: 'place',
      locationDetails: 'location details',
      categoryId: 'hazard category',
      whatHappened: 'what happened',
      whatCouldHaveHappened: 'what could have happened',
      whatStoppedIt: 'what stopped it',
      involvedStudents: 'students involved',
      involvedStaff: 'staff involved',
      involvedVisitors: 'visitors involved',
      involvedRoles: 'roles involved',
      conditionIds: 'conditions',
      immediateAction: 'immediate action',
      reporterName: 'reporter’s name',
      reporterAnonymous: 'anonymity',
      reporterRole: 'reporter’s role'
    }
  }
} as const
