/** The chair-editable lists that every report draws on. */
export const REFERENCE_LIST_KINDS = ['locations', 'categories', 'conditions', 'members'] as const
export type ReferenceListKind = (typeof REFERENCE_LIST_KINDS)[number]

/** Fishbone branches (DOMAIN.md). Contributing conditions each sit under one of these. */
export const FISHBONE_BRANCHES = [
  'environment',
  'equipment',
  'procedures',
  'training',
  'supervision',
  'organization'
] as const
export type FishboneBranch = (typeof FISHBONE_BRANCHES)[number]

/** Limits shared by the zod schemas and the database, so both say the same thing. */
export const NAME_MAX_LENGTH = 120
export const DETAIL_MAX_LENGTH = 200

export interface ReferenceItem {
  id: number
  uid: string
  name: string
  /** Only conditions have a branch. */
  branch: FishboneBranch | null
  /** Only members have a committee role ("Custodian", "School nurse"). */
  detail: string | null
  archived: boolean
  sortOrder: number
}
