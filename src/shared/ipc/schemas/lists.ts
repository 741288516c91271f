import { z } from 'zod'
import {
  DETAIL_MAX_LENGTH,
  FISHBONE_BRANCHES,
  NAME_MAX_LENGTH,
  REFERENCE_LIST_KINDS
} from '../../domain/referenceLists'
import { id, optionalText, requiredText } from './common'

const kind = z.enum(REFERENCE_LIST_KINDS, { error: 'validation.invalid' })
const branch = z.enum(FISHBONE_BRANCHES, { error: 'validation.branchRequired' })

export const referenceItemSchema = z.object({
  id: z.number().int(),
  uid: z.string(),
  name: z.string(),
  branch: z.enum(FISHBONE_BRANCHES).nullable(),
  detail: z.string().nullable(),
  archived: z.boolean(),
  sortOrder: z.number().int()
})

export const listQuerySchema = z
  .object({ kind, includeArchived: z.boolean().default(false) })
  .strict()

export const listAddSchema = z
  .object({
    kind,
    name: requiredText(NAME_MAX_LENGTH),
    /** Required for conditions (checked in the service, which knows the kind). */
    branch: branch.optional(),
    detail: optionalText(DETAIL_MAX_LENGTH).optional()
  })
  .strict()

export const listUpdateSchema = z
  .object({
    kind,
    id,
    name: requiredText(NAME_MAX_LENGTH).optional(),
    branch: branch.optional(),
    detail: optionalText(DETAIL_MAX_LENGTH).optional()
  })
  .strict()

export const listSetArchivedSchema = z.object({ kind, id, archived: z.boolean() }).strict()
