import { z } from 'zod'

/**
 * Building blocks for channel schemas. Error texts are catalog keys (`validation.*`), so the
 * renderer can show them in the user's language next to the right field.
 */
export const requiredText = (max: number) =>
  z
    .string({ error: 'validation.required' })
    .trim()
    .min(1, { error: 'validation.required' })
    .max(max, { error: 'validation.tooLong' })

export const optionalText = (max: number) =>
  z.string({ error: 'validation.invalid' }).trim().max(max, { error: 'validation.tooLong' })

export const id = z.number({ error: 'validation.invalid' }).int().positive()

export const noInput = z.void()
