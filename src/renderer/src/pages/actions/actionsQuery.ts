import { ACTION_STATUSES, ACTION_STRENGTHS, type ActionStatus, type ActionStrength } from '../../../../shared/domain/actions'
import { ACTION_BUCKETS } from '../../../../shared/ipc/schemas/worksheets'
import type { ActionListQuery, ActionListRow } from '../../api/actions'

export type ActionBucket = (typeof ACTION_BUCKETS)[number]
export { ACTION_BUCKETS }

/** What the Actions page shows. Kept in the hash (`#/actions?bucket=overdue`) so links and reloads keep it. */
export interface ActionsQuery {
  /** '' anyone; `m<id>` a member; `n<name>` a typed-in owner. */
  owner: string
  statuses: ActionStatus[]
  strengths: ActionStrength[]
  bucket: ActionBucket | ''
}

export const EMPTY_QUERY: ActionsQuery = { owner: '', statuses: [], strengths: [], bucket: '' }

export const memberOwner = (id: number): string => `m${id}`
export const namedOwner = (name: string): string => `n${name}`

const listOf = <T extends string>(text: string | null, allowed: readonly T[]): T[] =>
  (text ?? '').split(',').filter((part): part is T => (allowed as readonly string[]).includes(part))

/** `#/actions?owner=m3&status=planned,done` -> the query; unknown values are ignored. */
export function parseActionsHash(hash: string): ActionsQuery {
  const at = hash.indexOf('?')
  const params = new URLSearchParams(at === -1 ? '' : hash.slice(at + 1))
  const owner = params.get('owner') ?? ''
  const bucket = params.get('bucket') ?? ''
  return {
    owner: /^m\d{1,15}$/.test(owner) || /^n.+/.test(owner) ? owner : '',
    statuses: listOf(params.get('status'), ACTION_STATUSES),
    strengths: listOf(params.get('strength'), ACTION_STRENGTHS),
    bucket: (ACTION_BUCKETS as readonly string[]).includes(bucket) ? (bucket as ActionBucket) : ''
  }
}

export function actionsHash(query: ActionsQuery): string {
  const params = new URLSearchParams()
  if (query.owner) params.set('owner', query.owner)
  if (query.statuses.length) params.set('status', query.statuses.join(','))
  if (query.strengths.length) params.set('strength', query.strengths.join(','))
  if (query.bucket) params.set('bucket', query.bucket)
  const text = params.toString()
  return text ? `#/actions?${text}` : '#/actions'
}

export const hasFilters = (query: ActionsQuery): boolean =>
  query.owner !== '' || query.statuses.length > 0 || query.strengths.length > 0 || query.bucket !== ''

export function toListInput(query: ActionsQuery): ActionListQuery {
  const input: ActionListQuery = {}
  if (query.owner.startsWith('m')) input.ownerMemberId = Number(query.owner.slice(1))
  else if (query.owner.startsWith('n')) input.ownerName = query.owner.slice(1)
  if (query.statuses.length) input.statuses = query.statuses
  if (query.strengths.length) input.strengths = query.strengths
  if (query.bucket) input.buckets = [query.bucket]
  return input
}

const BUCKET_ORDER: Record<ActionBucket, number> = { overdue: 0, dueSoon: 1, awaitingCheck: 2, later: 3, settled: 4 }

/** What needs attention first: overdue, due soon, awaiting a check, later, then settled; by due date within each. */
export const sortForFollowUp = (rows: readonly ActionListRow[]): ActionListRow[] =>
  [...rows].sort((a, b) => BUCKET_ORDER[a.bucket] - BUCKET_ORDER[b.bucket]) // stable: main already sorts by due date
