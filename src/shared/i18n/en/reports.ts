/** Catalog: the intake form ("Report a near miss") and the blank paper form. */
export const reports = {
  fields: {
    occurredOn: 'When did it happen?',
    occurredTime: 'Time (optional)',
    timeSlot: 'School time slot',
    locationId: 'Where?',
    locationDetails: 'Location details',
    categoryId: 'Hazard category',
    whatHappened: 'What happened?',
    whatCouldHaveHappened: 'What could have happened?',
    whatStoppedIt: 'What stopped it from becoming an injury?',
    involved: 'Who was involved?',
    involvedStudents: 'Students',
    involvedStaff: 'Staff',
    involvedVisitors: 'Visitors',
    involvedRoles: 'Roles (no names)',
    conditionIds: 'Conditions that made it possible',
    immediateAction: 'Immediate action taken',
    reporterName: 'Your name (optional)',
    reporterAnonymous: 'Report anonymously',
    reporterRole: 'Your role'
  },
  hints: {
    required: 'required',
    locationDetails: 'For example “north stairwell, by the trophy case”.',
    whatHappened: 'Describe the event and the conditions around it, in your own words.',
    involved: 'Counts and roles only, for example “a 7th-grade student, a substitute teacher”.',
    conditionIds: 'Tick any that apply. Use Tab to move and Space to tick.',
    reporterAnonymous: 'Your name is not stored. You still get a receipt code.',
    chooseLocation: 'Choose a place…',
    chooseCategory: 'Not sure / choose later',
    chooseTimeSlot: 'Not sure'
  },
  intake: {
    intro: 'What conditions made this possible? Tell us what almost went wrong — not who. Only the date, the place and what happened are required; it takes about a minute.',
    introCulture: 'A near miss is an early warning. Reporting it helps the committee fix the conditions before someone is hurt.',
    paperMode: 'Paper entry mode (keep date and place for the next card)',
    save: 'Save report',
    saving: 'Saving…',
    shortcut: 'Tip: Ctrl+Enter saves from any field.',
    clearForm: 'Clear form',
    cleared: 'Form cleared.',
    draftRestored: 'Draft restored — you can carry on where you left off.',
    errorSummary: 'Please check these fields. Nothing was saved:',
    savedCard: 'Saved {{code}}. Ready for the next card.',
    sessionList: 'Entered this session:'
  },
  receipt: {
    heading: 'Thank you — your report is saved',
    codeLabel: 'Your receipt code:',
    keep: 'Keep it to find what happened next on the staff bulletin.',
    copy: 'Copy code',
    copied: 'Copied.',
    copyFailed: 'Could not copy. Select the code and press Ctrl+C.',
    another: 'Report another near miss'
  },
  warnings: {
    name: 'This may name a person (“{{match}}”). Describe roles instead, e.g. “a 7th-grade student”.',
    blame: '“{{match}}” points at a person. Try describing the conditions: what made this possible?'
  },
  blankForm: {
    heading: 'Paper forms',
    intro: 'Print blank cards for staff who prefer paper. Key them in here later with paper entry mode.',
    button: 'Print blank paper form (PDF)',
    working: 'Preparing the PDF…',
    saved: 'Saved to {{path}}',
    notSaved: 'Not saved: the save was cancelled.'
  },
  /** The printed paper card (print view `#/print/intakeForm`). */
  paperForm: {
    title: 'Near-miss report',
    required: 'Only the date, place and what happened are required. No names of students or staff, please — describe roles.',
    question: 'What conditions made this possible? A near miss is an early warning: thank you for writing it down.',
    tickOne: 'tick one',
    tickAny: 'tick any',
    date: 'Date',
    time: 'Time',
    count: 'how many',
    footer: 'Hand this to the safety committee chair',
    committeeUse: 'Committee use: code',
    loadFailed: 'The form could not be prepared. Close this window and try again.'
  }
} as const
