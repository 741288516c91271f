import type { AgendaPayload } from '../../../../../shared/documents/printDocuments'
import { formatNumber } from '../../../i18n/format'
import { formatMonth } from '../../../components/charts/monthLabel'
import { topRows } from '../../../components/charts'
import type { DocumentText } from '../minutes/documentText'
import { RISK_ORDER } from '../minutes/ReviewSections'

type Meeting = AgendaPayload['meeting']
type Item = Meeting['items'][number]

/** How many overdue actions the agenda names; the minutes list them all. */
const NAMED_OVERDUE = 5
/** Categories and places named in the trends line. */
const NAMED_TOP = 3

/**
 * The few lines under a standing agenda item that tell members what is coming: near misses by
 * risk with their codes, investigations with their two answers, actions to chase, the trend in
 * numbers. Custom items and discussion items have none.
 */
export function ItemSummary({ item, meeting, text }: { item: Item; meeting: Meeting; text: DocumentText }) {
  const lines = summaryLines(item, meeting, text)
  if (lines.length === 0) return null
  return (
    <ul className="md-summary">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  )
}

function summaryLines(item: Item, meeting: Meeting, text: DocumentText): string[] {
  const { t, locale } = text
  const { review } = meeting
  const number = (value: number) => formatNumber(value, locale)
  const yesNo = (value: boolean) => t(value ? 'meetingDocuments.common.yes' : 'meetingDocuments.common.no')

  switch (item.kind) {
    case 'previousMinutes': {
      const previous = meeting.previousMeeting
      if (!previous) return [t('meetingDocuments.agenda.noPreviousMeeting')]
      const date = text.date(previous.heldOn)
      return [previous.status === 'approved' ? t('meetingDocuments.agenda.previousApproved', { date }) : t('meetingDocuments.agenda.previousMinutes', { date })]
    }
    case 'nearMisses': {
      const { nearMisses } = review
      if (nearMisses.reports === 0) return [t('meetingDocuments.agenda.noReports')]
      const byRisk = RISK_ORDER.filter((risk) => nearMisses.byRisk[risk].length > 0).map((risk) =>
        t('meetingDocuments.agenda.riskLine', {
          risk: t(`meetingDocuments.risk.${risk}`),
          codes: nearMisses.byRisk[risk]
            .map((report) => (report.duplicates.length ? t('meetingDocuments.agenda.withDuplicates', { code: report.refCode, duplicates: report.duplicates.join(', ') }) : report.refCode))
            .join(', ')
        })
      )
      return [t('meetingDocuments.agenda.reportsSummary', { reports: number(nearMisses.reports), events: number(nearMisses.events) }), ...byRisk]
    }
    case 'investigations':
      if (review.investigations.length === 0) return [t('meetingDocuments.agenda.noInvestigations')]
      return review.investigations.map((sheet) =>
        sheet.reportCodes
          ? t('meetingDocuments.agenda.investigation', { title: sheet.title, codes: sheet.reportCodes, cause: yesNo(sheet.causeIdentified), corrected: yesNo(sheet.corrected) })
          : t('meetingDocuments.agenda.investigationNoReports', { title: sheet.title, cause: yesNo(sheet.causeIdentified), corrected: yesNo(sheet.corrected) })
      )
    case 'actionFollowUp': {
      const { overdue, dueSoon, awaitingCheck } = review.actionFollowUp
      const lines = [
        t('meetingDocuments.agenda.followUpCounts', {
          overdue: number(overdue.length),
          dueSoon: number(dueSoon.length),
          awaitingCheck: number(awaitingCheck.length),
          open: number(review.openActions)
        }),
        ...overdue.slice(0, NAMED_OVERDUE).map((action) => `${t('meetingDocuments.followUp.overdue')}: ${action.description}${action.ownerLabel ? ` (${action.ownerLabel})` : ''}`)
      ]
      if (review.earlierRecommendations.length) lines.push(t('meetingDocuments.agenda.earlier', { count: review.earlierRecommendations.length }))
      return lines
    }
    case 'trends': {
      const { trends } = review
      const entries = (rows: ReadonlyArray<{ name: string; count: number }>) =>
        text.list(topRows(rows, NAMED_TOP).map((row) => t('meetingDocuments.agenda.listEntry', { name: row.name, value: number(row.count) })))
      const lines: string[] = [t('meetingDocuments.agenda.trendsMonthly', { list: trends.monthly.map((m) => `${formatMonth(m.month, locale)}: ${number(m.count)}`).join(' · ') })]
      if (trends.byCategory.length) lines.push(t('meetingDocuments.agenda.trendsCategories', { list: entries(trends.byCategory) }))
      if (trends.byLocation.length) lines.push(t('meetingDocuments.agenda.trendsPlaces', { list: entries(trends.byLocation) }))
      return lines
    }
    case 'feedbackToStaff':
      if (review.feedback.length === 0) return [t('meetingDocuments.agenda.noFeedback')]
      return [t('meetingDocuments.agenda.feedback', { count: review.feedback.length, codes: review.feedback.map((entry) => entry.refCode).join(', ') })]
    case 'nextMeeting': {
      const next = meeting.nextMeeting
      const lines: string[] = []
      if (next) lines.push(t('meetingDocuments.agenda.nextMeeting', { when: [text.longDate(next.heldOn), next.startTime ? text.time(next.startTime) : null, next.place].filter(Boolean).join(', ') }))
      if (meeting.nextMeetingNote) lines.push(meeting.nextMeetingNote)
      return lines
    }
    default:
      return []
  }
}
