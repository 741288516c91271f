import type { MonthlyCount, NamedCount } from '../../components/charts'

export const TREND_MONTHS = 6

/** The `count` months up to and including `now`'s month, oldest first, as YYYY-MM (UTC, as main files reports). */
export function lastMonths(now: Date, count: number = TREND_MONTHS): string[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - index), 1))
    return date.toISOString().slice(0, 7)
  })
}

interface TrendSource {
  createdAt: string
  sameEventAsId: number | null
  categoryName: string | null
  locationName: string
}

export interface Trends {
  /** Reports filed in the window. */
  reports: number
  /** Events: reports of the same event count once. */
  events: number
  monthly: MonthlyCount[]
  byCategory: NamedCount[]
  byLocation: NamedCount[]
}

const countBy = (rows: readonly TrendSource[], name: (row: TrendSource) => string): NamedCount[] => {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(name(row), (counts.get(name(row)) ?? 0) + 1)
  return [...counts].map(([key, count]) => ({ name: key, count }))
}

/**
 * The dashboard's numbers, by the same rule as the meeting's trends (main's review data): a
 * report marked as the same event as another is not counted again, and months without reports
 * are there at zero.
 */
export function buildTrends(rows: readonly TrendSource[], months: readonly string[], uncategorised: string): Trends {
  const first = months[0] ?? ''
  const last = months.at(-1) ?? ''
  const inWindow = rows.filter((row) => {
    const month = row.createdAt.slice(0, 7)
    return month >= first && month <= last
  })
  const events = inWindow.filter((row) => row.sameEventAsId === null)
  return {
    reports: inWindow.length,
    events: events.length,
    monthly: months.map((month) => ({ month, count: events.filter((row) => row.createdAt.startsWith(month)).length })),
    byCategory: countBy(events, (row) => row.categoryName ?? uncategorised),
    byLocation: countBy(events, (row) => row.locationName)
  }
}
