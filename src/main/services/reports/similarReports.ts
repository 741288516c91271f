import { toFtsQuery } from '../../db/repositories/ftsQuery'
import type { ServiceContext } from '../context'
import { notFound } from '../serviceError'
import { addDays } from './dates'
import { toSummary } from './reportService'
import type { SimilarReport } from './reportTypes'

const WINDOW_DAYS = 90
const MAX_RESULTS = 10
/** Little words that make every report "similar" to every other. */
const STOP_WORDS = new Set(['about', 'after', 'again', 'almost', 'because', 'before', 'being', 'could', 'during', 'there', 'their', 'these', 'through', 'where', 'which', 'while', 'would', 'student', 'students', 'teacher'])

/**
 * Reports that may be the same hazard, for the triage panel: same location, or same category
 * with a shared condition, within 90 days either side; plus the best text matches at any time.
 */
export function findSimilarReports(ctx: ServiceContext, id: number): SimilarReport[] {
  const { reports } = ctx.repos
  const report = reports.get(id)
  if (!report) throw notFound('That report')
  const own = new Set(reports.conditionIds(id))
  const near = reports.candidatesNear(id, addDays(report.occurredOn, -WINDOW_DAYS), addDays(report.occurredOn, WINDOW_DAYS), report.locationId, report.categoryId)
  const conditionsByReport = reports.conditionsOf(near.map((r) => r.id))
  const found = new Map<number, SimilarReport>()
  for (const row of near) {
    const reasons: SimilarReport['reasons'] = []
    if (row.locationId === report.locationId) reasons.push('sameLocation')
    const sharesCondition = (conditionsByReport.get(row.id) ?? []).some((c) => own.has(c))
    if (report.categoryId !== null && row.categoryId === report.categoryId && sharesCondition) {
      reasons.push('sameCategoryAndCondition')
    }
    if (reasons.length) found.set(row.id, { ...toSummary(row), reasons })
  }
  const words = report.whatHappened
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 5 && !STOP_WORDS.has(w))
  const query = toFtsQuery([...new Set(words)].slice(0, 8).join(' '), 'any')
  if (query) {
    for (const row of reports.textMatches(id, query, MAX_RESULTS)) {
      const existing = found.get(row.id)
      if (existing) existing.reasons.push('similarText')
      else found.set(row.id, { ...toSummary(row), reasons: ['similarText'] })
    }
  }
  return [...found.values()]
    .sort((a, b) => b.reasons.length - a.reasons.length || b.occurredOn.localeCompare(a.occurredOn))
    .slice(0, MAX_RESULTS)
}
