import { z } from 'zod'
import { SUPPORTED_LOCALES } from '../../domain/settings'
import { optionalText, requiredText } from './common'

export const settingsSchema = z.object({
  schoolName: z.string(),
  committeeName: z.string(),
  minutesRetentionYears: z.number().int(),
  locale: z.string()
})

/** Partial update: only the fields sent change. */
export const settingsUpdateSchema = z
  .object({
    schoolName: optionalText(120),
    committeeName: requiredText(120),
    minutesRetentionYears: z
      .number({ error: 'validation.retentionYears' })
      .int({ error: 'validation.retentionYears' })
      .min(1, { error: 'validation.retentionYears' })
      .max(100, { error: 'validation.retentionYears' }),
    locale: z.enum(SUPPORTED_LOCALES, { error: 'validation.invalid' })
  })
  .partial()
  .strict()

export const appInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  runtime: z.enum(['electron', 'browser-preview', 'test'])
})
