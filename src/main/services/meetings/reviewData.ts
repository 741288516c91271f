import { actionBucket, DUE_SOON_DAYS, type ActionStatus } from '../../../shared/domain/actions'
import { RISK_LEVELS } from '../../../shared/domain/risk'
import type { ActionListRow } from '../../db/repositories/actionRepository'
import type { PeriodReportRow } from '../../db/repositories/reviewRepository'
import type { ServiceContext } from '../context'
import { addDays } from '../reports/dates'
import type { ReviewData } from './types'

type ReviewReport = ReviewData['nearMisses']['byRisk']['high'][number]
type ReviewAction = ReviewData['actionFollowUp']['overdue'][number]

const TREND_MONTHS = 6

/** YYYY-MM of the month `back` months before `iso`'s month. */
function monthBefore(iso: string, back: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  const d = new Date(Date.UTC(y, m - 1 - back, 1))
  return d.toISOString().slice(0, 7)
}

export const toReviewAction = (a: ActionListRow): ReviewAction => ({
  id: a.id,
  description: a.description,
  ownerLabel: a.ownerLabel,
  dueOn: a.dueOn,
  status: a.status as ReviewAction['status'],
  strength: a.strength as ReviewAction['strength'],
  link: a.worksheetTitle ?? a.reportRefCode
})

/**
 * Collapse same-event links inside the period: the first report of an event stands for it and
 * lists the others, so trends and counts show events, not duplicate paperwork.
 */
function groupEvents(rows: readonly PeriodReportRow[]): ReviewReport[] {
  const byId = new Map(rows.map((r) => [r.id, r]))
  const duplicates = new Map<number, string[]>()
  const leaders: PeriodReportRow[] = []
  for (const row of rows) {
    const leader = row.sameEventAsId !== null && byId.has(row.sameEventAsId) ? row.sameEventAsId : null
    if (leader === null) leaders.push(row)
    else duplicates.set(leader, [...(duplicates.get(leader) ?? []), row.refCode])
  }
  return leaders.map((r) => ({
    id: r.id,
    refCode: r.refCode,
    occurredOn: r.occurredOn,
    locationName: r.locationName,
    categoryName: r.categoryName,
    whatHappened: r.whatHappened,
    riskLevel: r.riskLevel as ReviewReport['riskLevel'],
    status: r.status as ReviewReport['status'],
    duplicates: duplicates.get(r.id) ?? []
  }))
}

/**
 * Everything the standing agenda and the minutes draw on for one review period. Action
 * follow-up is as of the period's end (the meeting day), so an agenda printed a week early
 * already shows what will be overdue on the day.
 */
export function buildReviewData(ctx: ServiceContext, period: { start: string; end: string }): ReviewData {
  const { review, actions, meetings } = ctx.repos
  const created = review.reportsCreatedBetween(period.start, period.end)
  const events = groupEvents(created)
  const byRisk = { critical: [], high: [], medium: [], low: [], untriaged: [] } as ReviewData['nearMisses']['byRisk']
  for (const event of events) {
    const level = event.riskLevel && (RISK_LEVELS as readonly string[]).includes(event.riskLevel) ? event.riskLevel : 'untriaged'
    byRisk[level].push(event)
  }

  const soon = addDays(period.end, DUE_SOON_DAYS)
  const followUp: ReviewData['actionFollowUp'] = { overdue: [], dueSoon: [], awaitingCheck: [] }
  let openActions = 0
  for (const action of actions.list({ statuses: ['planned', 'inProgress', 'done'] })) {
    openActions++
    const bucket = actionBucket({ status: action.status as ActionStatus, dueOn: action.dueOn }, period.end, soon)
    if (bucket === 'overdue' || bucket === 'dueSoon' || bucket === 'awaitingCheck') followUp[bucket].push(toReviewAction(action))
  }

  return {
    period,
    nearMisses: { reports: created.length, events: events.length, byRisk },
    investigations: review.investigations(period.start, period.end).map((w) => ({
      id: w.id,
      title: w.title,
      status: w.status as ReviewData['investigations'][number]['status'],
      reportCodes: w.reportCodes,
      causeIdentified: w.rootCauses > 0,
      // Corrected = every live action verified, and there is at least one.
      corrected: w.actions > 0 && w.openActions === 0 && w.verifiedActions > 0,
      openActions: w.openActions
    })),
    actionFollowUp: followUp,
    trends: {
      monthly: fillMonths(review.monthlyCounts(monthBefore(period.end, TREND_MONTHS - 1), period.end.slice(0, 7)), period.end),
      byCategory: review.countsBy('category', period.start, period.end),
      byLocation: review.countsBy('location', period.start, period.end)
    },
    feedback: review
      .reportsClosedBetween(period.start, period.end)
      .filter((r) => r.feedbackToStaff)
      .map((r) => ({ refCode: r.refCode, closedOn: r.closedOn, categoryName: r.categoryName, feedbackToStaff: r.feedbackToStaff! })),
    earlierRecommendations: meetings.earlierRecommendations(period.end).map((item) => ({
      meetingHeldOn: item.meetingHeldOn,
      title: item.title,
      recommendation: item.recommendation!,
      owner: item.recommendationOwner,
      responseDueOn: item.responseDueOn,
      managementResponse: item.managementResponse,
      responseReceivedOn: item.responseReceivedOn
    })),
    openActions
  }
}

/** Months with no reports still appear, at zero: a gap is information too. */
function fillMonths(counts: Array<{ month: string; count: number }>, end: string) {
  const byMonth = new Map(counts.map((c) => [c.month, c.count]))
  return Array.from({ length: TREND_MONTHS }, (_, i) => {
    const month = monthBefore(end, TREND_MONTHS - 1 - i)
    return { month, count: byMonth.get(month) ?? 0 }
  })
}
