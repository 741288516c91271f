import { en } from '../../shared/i18n/en'

/** Why the database could not be opened (mirrors DatabaseOpenError['reason']). */
export type OpenFailure = 'too-new' | 'corrupt' | 'locked' | 'io'

const openFailedText = {
  'too-new': en.dialogs.openFailed.tooNew,
  locked: en.dialogs.openFailed.locked,
  corrupt: en.dialogs.openFailed.corrupt,
  io: en.dialogs.openFailed.io
} as const satisfies Record<OpenFailure, string>

/** Fill `{{name}}` placeholders the way i18next does in the renderer (main has no i18next). */
export function fillIn(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole)
}

export interface OpenFailureInfo {
  /** Null for anything that is not a DatabaseOpenError. */
  reason: OpenFailure | null
  /** The database file, when known. */
  file: string | null
  dataDir: string
  details: string
}

/** Title and body of the error box shown when the database cannot be opened. */
export function openFailureMessage(info: OpenFailureInfo): { title: string; body: string } {
  const values = { file: info.file ?? info.dataDir, folder: info.dataDir, details: info.details }
  const template = info.reason ? openFailedText[info.reason] : en.dialogs.openFailed.unexpected
  return { title: en.dialogs.openFailed.title, body: fillIn(template, values) }
}
