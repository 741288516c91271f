/**
 * The English message catalog. Every user-facing string goes through here (react-i18next in the
 * renderer), so a Spanish catalog is one more file of the same shape, not a change to components.
 * Keys are grouped by screen; `validation.*` and `errors.*` are what main's results point at.
 */
import { actions } from './en/actions'
import { dashboard } from './en/dashboard'
import { meetingDocuments } from './en/meetingDocuments'
import { meetings } from './en/meetings'
import { register } from './en/register'
import { reports } from './en/reports'
import { worksheets } from './en/worksheets'
import { risk } from './en/risk'
import { status } from './en/status'

export const en = {
  // Larger screens keep their texts in their own files (src/shared/i18n/en/*.ts).
  reports,
  register,
  worksheets,
  actions,
  meetings,
  meetingDocuments,
  dashboard,
  risk,
  status,
  app: {
    name: 'Close Call',
    tagline: 'What almost went wrong — and what we changed.',
    skipToContent: 'Skip to main content',
    loading: 'Loading…',
    noApi: 'Close Call could not reach its data. Please restart the app.'
  },
  nav: {
    label: 'Main',
    report: 'Report a near miss',
    register: 'Register',
    worksheets: 'Worksheets',
    actions: 'Actions',
    meetings: 'Meetings',
    dashboard: 'Dashboard',
    settings: 'Settings'
  },
  comingSoon: {
    heading: 'Coming soon',
    report: 'Staff and the chair will record a near miss here in under a minute, by keyboard alone, and get a receipt code to look up later.',
    register: 'Every report, searchable and filterable, with triage on the 5×5 risk matrix and the status of each.',
    worksheets: 'Root-cause worksheets: 5 Whys and a fishbone diagram that ask what conditions made each near miss possible.',
    actions: 'Corrective actions with owners, due dates, strength on the hierarchy of controls, and effectiveness checks.',
    meetings: 'The monthly review: agenda builder, attendance, recommendations, and PDF minutes ready to sign.',
    dashboard: 'Trends over time: more reports means people are speaking up.'
  },
  settings: {
    heading: 'Settings',
    schoolSection: 'School and committee',
    schoolName: 'School name',
    committeeName: 'Committee name',
    retentionYears: 'Keep minutes for (years)',
    save: 'Save settings',
    saved: 'Settings saved.',
    listsSection: 'Lists',
    listsIntro: 'These lists appear on every report. Archived entries stay on old reports but are not offered for new ones.',
    dataSection: 'Where your data lives',
    dataFile: 'Database file',
    version: 'Version'
  },
  lists: {
    locations: 'Locations',
    categories: 'Hazard categories',
    conditions: 'Contributing conditions',
    members: 'Committee members',
    addName: {
      locations: 'New location',
      categories: 'New hazard category',
      conditions: 'New condition',
      members: 'Member name'
    },
    detail: 'Committee role',
    branch: 'Fishbone branch',
    add: 'Add',
    rename: 'Rename',
    renameLabel: 'New name for {{name}}',
    save: 'Save',
    cancel: 'Cancel',
    archive: 'Archive',
    restore: 'Restore',
    archived: 'archived',
    showArchived: 'Show archived',
    empty: 'Nothing here yet.',
    added: '“{{name}}” added.',
    renamed: 'Renamed to “{{name}}”.',
    archivedNotice: '“{{name}}” archived.',
    restoredNotice: '“{{name}}” restored.',
    savedNotice: '“{{name}}” saved.',
    renameItem: 'Rename {{name}}',
    archiveItem: 'Archive {{name}}',
    restoreItem: 'Restore {{name}}',
    chooseBranch: 'Choose a branch…'
  },
  branches: {
    environment: 'Environment & layout',
    equipment: 'Equipment & materials',
    procedures: 'Procedures & time',
    training: 'Training & communication',
    supervision: 'Supervision & staffing',
    organization: 'Organization'
  },
  timeSlots: {
    beforeSchool: 'Before school',
    classTime: 'Class time',
    passingPeriod: 'Passing period',
    recess: 'Recess',
    lunch: 'Lunch',
    afterSchool: 'After school',
    dismissal: 'Dismissal / bus loop',
    event: 'Event',
    other: 'Other'
  },
  validation: {
    required: 'This is required.',
    tooLong: 'This is too long.',
    invalid: 'This value is not valid.',
    duplicate: 'There is already an entry with this name.',
    branchRequired: 'Choose the fishbone branch this condition belongs to.',
    retentionYears: 'Enter a whole number of years from 1 to 100.',
    dateRequired: 'Enter the date it happened.',
    dateInvalid: 'Enter a real date, for example 2026-03-14.',
    dateInFuture: 'The date cannot be in the future.',
    timeInvalid: 'Enter a time such as 10:35, or leave it blank.',
    locationRequired: 'Choose where it happened.',
    whatHappenedRequired: 'Describe what happened, in a sentence or two.',
    count: 'Enter a whole number from 0 to 999, or leave it blank.'
  },
  errors: {
    INVALID_INPUT: 'Please check the highlighted fields. Nothing was saved.',
    NOT_FOUND: 'That record no longer exists. It may have been removed in another window.',
    CONFLICT: 'That would clash with an existing record. Nothing was saved.',
    LOCKED: 'This record is locked and cannot be changed.',
    IO_ERROR: 'The file could not be read or written. Check the folder and try again.',
    FORBIDDEN: 'That request was refused.',
    UNKNOWN_CHANNEL: 'The app asked for something it does not know. Please restart the app.',
    INTERNAL: 'Something went wrong. Nothing was saved. Please try again.',
    OFFLINE: 'Close Call could not reach its data. Please restart the app.',
    /** Why a file could not be written (details of an IO_ERROR from an export). */
    file: {
      noPermission: 'Close Call is not allowed to write to that folder. Choose another folder.',
      diskFull: 'The disk is full. Free some space or choose another drive.',
      noFolder: 'That folder no longer exists. Choose another folder.',
      cannotWrite: 'The file could not be written. Choose another folder and try again.'
    }
  },
  /** Texts the main process shows itself (native dialogs and the menu), before any page loads. */
  dialogs: {
    openFailed: {
      title: 'Close Call cannot open its data',
      tooNew:
        'This data was made by a newer version of Close Call. Please install the newer version to open it.\n\nYour data has not been changed.\n\nData file:\n{{file}}',
      locked:
        'Close Call is already open, or another program is using its data. Close the other copy, then start Close Call again.\n\nYour data has not been changed.\n\nData file:\n{{file}}',
      corrupt:
        'The data file could not be read. It may be damaged.\n\nNothing has been deleted. Please keep a copy of this file and ask for help; a backup can be restored.\n\nData file:\n{{file}}',
      io: 'Close Call could not read or write its data folder. Check that the disk or drive is connected, not full and not read-only, then start Close Call again.\n\nNothing has been deleted.\n\nData file:\n{{file}}',
      unexpected:
        'Close Call could not start.\n\nNothing has been deleted.\n\nData folder:\n{{folder}}\n\nDetails: {{details}}'
    },
    about: {
      title: 'About Close Call',
      detail: 'Version {{version}}\n\nNear-miss learning for a school safety committee. Everything stays on this computer.'
    },
    menu: {
      file: '&File',
      edit: '&Edit',
      view: '&View',
      help: '&Help',
      about: 'About Close Call'
    }
  }
} as const

/** The shape every other language's catalog must match. */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Catalog = Widen<typeof en>
