import { z } from 'zod'
import { PRINT_DOCUMENTS } from '../../documents/printDocuments'

/** Export one of the print views as a PDF; the person chooses where to save it. */
export const documentExportSchema = z
  .object({
    document: z.enum(PRINT_DOCUMENTS, { error: 'validation.invalid' }),
    /** Which record, for documents about one (a worksheet, a meeting's minutes). */
    id: z.number().int().positive().optional()
  })
  .strict()

export const documentExportResultSchema = z.object({
  saved: z.boolean(),
  path: z.string().nullable(),
  bytes: z.number()
})
