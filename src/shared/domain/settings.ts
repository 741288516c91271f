/** Settings the chair edits. Stored as key/value rows so new settings need no migration. */
export interface AppSettings {
  schoolName: string
  committeeName: string
  /** How long minutes are kept, in years (DOMAIN.md: Oregon and Nevada keep 3). */
  minutesRetentionYears: number
  /** BCP 47 tag for the interface language and date/number formats. */
  locale: string
}

export const DEFAULT_SETTINGS: AppSettings = {
  schoolName: '',
  committeeName: 'Safety Committee',
  minutesRetentionYears: 3,
  locale: 'en'
}

export const SUPPORTED_LOCALES = ['en'] as const
