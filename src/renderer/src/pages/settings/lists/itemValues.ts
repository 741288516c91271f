import type { FishboneBranch, ReferenceItem, ReferenceListKind } from '../../../../../shared/domain/referenceLists'

/** What the add and rename forms edit. Which fields apply depends on the list kind. */
export interface ItemValues {
  name: string
  /** Members only: committee role. */
  detail: string
  /** Conditions only: '' until the user picks a branch. */
  branch: FishboneBranch | ''
}

export type ItemField = keyof ItemValues

export const EMPTY_VALUES: ItemValues = { name: '', detail: '', branch: '' }

export const valuesOf = (item: ReferenceItem): ItemValues => ({
  name: item.name,
  detail: item.detail ?? '',
  branch: item.branch ?? ''
})

/**
 * The checks worth doing before asking main: a blank name or a missing branch. Main checks
 * again (and for duplicates); this only saves a round trip and keeps bad input from being sent.
 */
export function checkValues(kind: ReferenceListKind, values: ItemValues): Partial<Record<ItemField, string>> {
  const errors: Partial<Record<ItemField, string>> = {}
  if (values.name.trim() === '') errors.name = 'validation.required'
  if (kind === 'conditions' && values.branch === '') errors.branch = 'validation.branchRequired'
  return errors
}

/** Only send the fields this kind of list has; the schemas are strict about the rest. */
export function toInput(kind: ReferenceListKind, values: ItemValues) {
  return {
    name: values.name,
    ...(kind === 'members' ? { detail: values.detail } : {}),
    ...(kind === 'conditions' && values.branch !== '' ? { branch: values.branch } : {})
  }
}
