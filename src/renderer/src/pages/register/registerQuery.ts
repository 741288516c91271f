import { REPORT_STATUSES, type ReportStatus } from '../../../../shared/domain/reportStatus'
import { RISK_LEVELS, type RiskLevel } from '../../../../shared/domain/risk'
import { REPORT_SORT_FIELDS } from '../../../../shared/ipc/schemas/reports'
import type { ReportListQuery } from '../../api/useReportList'

/**
 * What the register shows, kept in the hash (`#/register?risk=high&q=cart&page=2`) so Back
 * steps through earlier views and a reload keeps them. The hash is the only source of truth:
 * controls write it, the page reads it. Anything unreadable in it is ignored, never an error.
 */
export type RiskFilter = RiskLevel | 'untriaged'
export type SortField = (typeof REPORT_SORT_FIELDS)[number]
export type SortDirection = 'asc' | 'desc'

export interface RegisterQuery {
  text: string
  statuses: ReportStatus[]
  riskLevels: RiskFilter[]
  /** YYYY-MM-DD or '' */
  from: string
  to: string
  locationId: number | null
  categoryId: number | null
  conditionId: number | null
  sort: SortField
  direction: SortDirection
  /** 1-based */
  page: number
}

export const PAGE_SIZE = 50
export const RISK_FILTERS: readonly RiskFilter[] = [...[...RISK_LEVELS].reverse(), 'untriaged']

export const DEFAULT_QUERY: RegisterQuery = {
  text: '',
  statuses: [],
  riskLevels: [],
  from: '',
  to: '',
  locationId: null,
  categoryId: null,
  conditionId: null,
  sort: 'occurredOn',
  direction: 'desc',
  page: 1
}

/** Dates and risk read best newest / highest first; names and codes from the top of the alphabet. */
export const defaultDirection = (sort: SortField): SortDirection =>
  sort === 'occurredOn' || sort === 'createdAt' || sort === 'riskLevel' ? 'desc' : 'asc'

const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null

const listOf = <T extends string>(allowed: readonly T[], value: string | null): T[] =>
  allowed.filter((item) => (value ?? '').split(',').includes(item))

const isoDate = (value: string | null): string =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : ''

const positiveInt = (value: string | null): number | null => {
  const n = Number(value ?? '')
  return value !== null && /^\d{1,15}$/.test(value) && Number.isSafeInteger(n) && n > 0 ? n : null
}

export function parseRegisterQuery(params: URLSearchParams): RegisterQuery {
  const sort = oneOf(REPORT_SORT_FIELDS, params.get('sort')) ?? DEFAULT_QUERY.sort
  return {
    text: (params.get('q') ?? '').slice(0, 200),
    statuses: listOf(REPORT_STATUSES, params.get('status')),
    riskLevels: listOf(RISK_FILTERS, params.get('risk')),
    from: isoDate(params.get('from')),
    to: isoDate(params.get('to')),
    locationId: positiveInt(params.get('location')),
    categoryId: positiveInt(params.get('category')),
    conditionId: positiveInt(params.get('condition')),
    sort,
    direction: oneOf(['asc', 'desc'] as const, params.get('dir')) ?? defaultDirection(sort),
    page: positiveInt(params.get('page')) ?? 1
  }
}

/** The hash for a view, naming only what differs from the default so links stay short. */
export function registerHash(query: RegisterQuery): string {
  const params = new URLSearchParams()
  if (query.text.trim() !== '') params.set('q', query.text)
  if (query.statuses.length) params.set('status', query.statuses.join(','))
  if (query.riskLevels.length) params.set('risk', query.riskLevels.join(','))
  if (query.from) params.set('from', query.from)
  if (query.to) params.set('to', query.to)
  if (query.locationId !== null) params.set('location', String(query.locationId))
  if (query.categoryId !== null) params.set('category', String(query.categoryId))
  if (query.conditionId !== null) params.set('condition', String(query.conditionId))
  if (query.sort !== DEFAULT_QUERY.sort) params.set('sort', query.sort)
  if (query.direction !== defaultDirection(query.sort)) params.set('dir', query.direction)
  if (query.page > 1) params.set('page', String(query.page))
  const search = params.toString()
  return search ? `#/register?${search}` : '#/register'
}

/** What main is asked for: one page, filtered and sorted on its side. */
export function toListInput(query: RegisterQuery): ReportListQuery {
  const text = query.text.trim()
  return {
    ...(query.statuses.length ? { statuses: query.statuses } : {}),
    ...(query.riskLevels.length ? { riskLevels: query.riskLevels } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.locationId !== null ? { locationId: query.locationId } : {}),
    ...(query.categoryId !== null ? { categoryId: query.categoryId } : {}),
    ...(query.conditionId !== null ? { conditionId: query.conditionId } : {}),
    ...(text ? { text } : {}),
    sort: query.sort,
    direction: query.direction,
    offset: (query.page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE
  }
}

/** Anything narrowing the list (sorting and paging do not count). */
export const hasFilters = (query: RegisterQuery): boolean =>
  registerHash({ ...query, sort: DEFAULT_QUERY.sort, direction: DEFAULT_QUERY.direction, page: 1 }) !== '#/register'

/**
 * The register view last shown, so "Back to the register" from a report returns to the same
 * filters and page even when the report was reached some other way than from the list.
 */
let lastRegisterHash = '#/register'
export const rememberRegisterHash = (hash: string): void => {
  lastRegisterHash = hash
}
export const registerReturnHash = (): string => lastRegisterHash
