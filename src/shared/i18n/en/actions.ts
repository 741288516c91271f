/** Catalog: corrective actions, their strength and effectiveness checks, and the Actions page. */
export const actions = {
  problem: {
    needsOwner: 'Every action needs an owner: choose a member or type a name.',
    needsLink: 'An action belongs to a worksheet, a report or a meeting item.',
    needsCheck: 'Record the effectiveness check (date and result) to verify this action.',
    needsDropReason: 'Say why the action is dropped.',
    checkNeedsDone: 'Only an action marked done can be checked.',
    same: 'The action already has that status.',
    notAllowed: 'The action cannot move straight to that status.',
    // Checked in the form before anything is sent (DOMAIN.md: every action has an owner, a due
    // date and a measure of success).
    needsDescription: 'Say what will change, in a sentence.',
    needsControlType: 'Choose a control type.',
    needsDueDate: 'Set a due date: when should this be done?',
    needsMeasure: 'Say how you will know it worked.',
    checkBeforeDue: 'The check should come on or after the due date.',
    needsCheckResult: 'Say what the check showed.',
    needsEffective: 'Choose whether it worked: Yes or No.',
    needsCheckDate: 'Enter the date of the check.'
  },
  controlTypes: {
    elimination: 'Elimination',
    substitution: 'Substitution',
    engineering: 'Engineering',
    administrative: 'Administrative',
    ppe: 'PPE'
  },
  controlTypeHints: {
    elimination: 'Remove the hazard.',
    substitution: 'Replace it with something safer.',
    engineering: 'Isolate people from it: a physical change.',
    administrative: 'Procedures, training, signs.',
    ppe: 'Protective equipment.'
  },
  strengths: {
    stronger: 'Stronger',
    intermediate: 'Intermediate',
    weaker: 'Weaker'
  },
  strengthHints: {
    stronger: 'Physical change, forcing function, simplify, standardize.',
    intermediate: 'Redundancy, staffing, checklists, fewer distractions.',
    weaker: 'Warnings, new policy, training, “remind staff”.'
  },
  statuses: {
    planned: 'Planned',
    inProgress: 'In progress',
    done: 'Done',
    verified: 'Verified',
    dropped: 'Dropped'
  },
  form: {
    required: 'required',
    description: 'What will change?',
    descriptionHint: 'Describe the change to the conditions, for example “Move the heavy boxes to shelves below shoulder height”.',
    cause: 'Root cause it addresses',
    noCause: 'Not tied to one cause',
    rootCause: '{{text}} (root cause)',
    controlType: 'Control type',
    controlTypeHint: 'Most effective first. Choose the highest one that fits.',
    strength: 'Strength',
    suggested: 'suggested',
    suggestedFor: 'Suggested for {{controlType}}: {{strength}}. You can change it.',
    weakerNote: 'Weaker actions rely on people remembering. Pair this with a stronger change where you can.',
    owner: 'Owner',
    chooseOwner: 'Choose who…',
    someoneElse: 'Someone else…',
    ownerName: 'Owner’s name',
    archivedMember: '{{name}} (archived)',
    dueOn: 'Due date',
    successMeasure: 'Measure of success',
    successMeasureHint: 'How will we know it worked? For example “No boxes above shoulder height at the monthly walk-through”.',
    checkDueOn: 'Check effectiveness on (optional)',
    checkDueOnHint: 'When to look again and see whether it worked.',
    save: 'Save action',
    saving: 'Saving…',
    cancel: 'Cancel',
    saved: 'Action saved.',
    errorSummary: 'Please check the highlighted fields. Nothing was saved.'
  },
  status: {
    label: 'Status:',
    groupLabel: 'Status of “{{action}}”',
    to: {
      planned: 'Back to planned',
      inProgress: 'Mark in progress',
      done: 'Mark done',
      dropped: 'Drop…'
    },
    /** Accessible names: the visible text plus which action it acts on. */
    toFor: {
      planned: 'Back to planned: {{action}}',
      inProgress: 'Mark in progress: {{action}}',
      done: 'Mark done: {{action}}',
      dropped: 'Drop: {{action}}'
    },
    changed: '“{{action}}” is now {{status}}.',
    recordCheck: 'Record effectiveness check',
    recordCheckFor: 'Record effectiveness check: {{action}}',
    verifiedOnlyByCheck: 'An action is verified only by an effectiveness check that says it worked.',
    dropReason: 'Why is it dropped?',
    dropConfirm: 'Drop action',
    cancel: 'Cancel',
    checkedOn: 'Checked on',
    checkResult: 'What did the check show?',
    effective: 'Did it work?',
    yes: 'Yes',
    no: 'No',
    saveCheck: 'Save check',
    checkHeading: 'Effectiveness check',
    verified: 'Verified: the check shows “{{action}}” worked.',
    notEffective: 'Not effective: “{{action}}” is back in progress. Plan what to change next.',
    lastCheck: 'Checked {{date}}: {{result}}',
    lastCheckWorked: 'It worked.',
    lastCheckFailed: 'It did not work.',
    droppedBecause: 'Dropped: {{reason}}'
  },
  due: {
    none: 'No due date',
    overdue_one: '{{count}} day overdue',
    overdue_other: '{{count}} days overdue',
    today: 'Due today',
    tomorrow: 'Due tomorrow',
    inDays_one: 'In {{count}} day',
    inDays_other: 'In {{count}} days',
    doneOn: 'Done {{date}}',
    checkBy: 'Check by {{date}}'
  },
  page: {
    heading: 'Actions',
    intro: 'Every corrective action, with its owner and due date. An action is finished only when an effectiveness check says it worked.',
    tilesHeading: 'Follow-up',
    tiles: {
      overdue: 'Overdue',
      dueSoon: 'Due in the next 14 days',
      awaitingCheck: 'Done — awaiting effectiveness check'
    },
    tileShow: 'Show these',
    tileShowFor: 'Show these: {{tile}}',
    filtersHeading: 'Filters',
    owner: 'Owner',
    anyOwner: 'Anyone',
    status: 'Status',
    strength: 'Strength',
    bucket: 'When',
    anyBucket: 'Any time',
    buckets: {
      overdue: 'Overdue',
      dueSoon: 'Due in the next 14 days',
      awaitingCheck: 'Awaiting effectiveness check',
      later: 'Due later or no date',
      settled: 'Verified or dropped'
    },
    clear: 'Clear filters',
    count_one: '{{count}} action',
    count_other: '{{count}} actions',
    noMatches: 'No actions match these filters.',
    emptyHeading: 'No actions yet',
    emptyText: 'Actions are planned on a root-cause worksheet or from a report. Each one needs an owner, a due date and a measure of success.',
    table: {
      caption: 'Corrective actions',
      what: 'What',
      owner: 'Owner',
      due: 'Due',
      strength: 'Strength',
      status: 'Status',
      linked: 'Linked to',
      edit: 'Edit',
      editFor: 'Edit: {{action}}',
      cause: 'Cause: {{text}}',
      noOwner: '—',
      worksheet: 'Worksheet: {{title}}',
      report: 'Report',
      meeting: 'Meeting item'
    },
    editHeading: 'Edit action',
    close: 'Close'
  }
} as const
