import type { MinutesPayload } from '../../../../../shared/documents/printDocuments'
import { REPORT_STATUSES, type ReportStatus } from '../../../../../shared/domain/reportStatus'
import { CategoryChart, LocationChart, MonthlyTrendChart } from '../../../components/charts'
import type { DocumentText } from './documentText'

type Meeting = MinutesPayload['meeting']
type Review = Meeting['review']
type ReviewAction = Review['actionFollowUp']['overdue'][number]

export const RISK_ORDER = ['critical', 'high', 'medium', 'low', 'untriaged'] as const
export type RiskGroup = (typeof RISK_ORDER)[number]

const isReportStatus = (value: string): value is ReportStatus => (REPORT_STATUSES as readonly string[]).includes(value)

/** Every reviewed event, most serious first (the order the committee takes them). */
export const reviewedEvents = (review: Review) => RISK_ORDER.flatMap((risk) => review.nearMisses.byRisk[risk].map((report) => ({ risk, report })))

/** "Fit a lip to the ramp — owner: Custodian; due Mar 5, 2026; Ramp worksheet" */
export function actionDetails(action: ReviewAction, text: DocumentText): string {
  const { t } = text
  const parts = [
    action.ownerLabel ? t('meetingDocuments.common.owner', { name: action.ownerLabel }) : null,
    action.dueOn ? t('meetingDocuments.common.due', { date: text.shortDate(action.dueOn) }) : t('meetingDocuments.common.noDueDate'),
    action.link || null
  ]
  return parts.filter((part): part is string => part !== null).join('; ')
}

/** The near misses of the review period as a table; the text is the reporter's, cut to a few lines. */
export function NearMissTable({ review, text }: { review: Review; text: DocumentText }) {
  const { t } = text
  const events = reviewedEvents(review)
  if (events.length === 0) return <p>{t('meetingDocuments.minutes.noNearMisses')}</p>
  return (
    <table className="md-table md-table--reports">
      <thead>
        <tr>
          <th scope="col">{t('meetingDocuments.minutes.codeColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.dateColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.placeColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.categoryColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.riskColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.statusColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.whatColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {events.map(({ risk, report }) => (
          <tr key={report.refCode}>
            <th scope="row" className="md-code">
              {report.refCode}
              {report.duplicates.length > 0 && (
                <span className="md-small">
                  {t('meetingDocuments.common.sameEvent')}{' '}
                  {report.duplicates.map((code, index) => (
                    <span key={code} className="md-nowrap">
                      {code}
                      {index < report.duplicates.length - 1 ? ', ' : ''}
                    </span>
                  ))}
                </span>
              )}
            </th>
            <td className="md-nowrap">{text.shortDate(report.occurredOn)}</td>
            <td>{report.locationName}</td>
            <td>{report.categoryName ?? '—'}</td>
            <td className={`md-risk md-risk--${risk}`}>{t(`meetingDocuments.risk.${risk}`)}</td>
            <td>{isReportStatus(report.status) ? t(`register.statuses.${report.status}`) : report.status}</td>
            <td className="md-what">{text.truncate(report.whatHappened)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Worksheets reviewed, each with the two answers the rules ask for: cause identified? corrected? */
export function InvestigationsTable({ review, text }: { review: Review; text: DocumentText }) {
  const { t } = text
  if (review.investigations.length === 0) return <p>{t('meetingDocuments.minutes.noInvestigations')}</p>
  const yesNo = (value: boolean) => t(value ? 'meetingDocuments.common.yes' : 'meetingDocuments.common.no')
  return (
    <table className="md-table">
      <thead>
        <tr>
          <th scope="col">{t('meetingDocuments.minutes.investigationColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.reportsColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.findingsColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {review.investigations.map((sheet, index) => (
          <tr key={`${sheet.title}-${index}`}>
            <th scope="row">{sheet.title}</th>
            <td className="md-code">{sheet.reportCodes || '—'}</td>
            <td className="md-nowrap">{t('meetingDocuments.minutes.findings', { cause: yesNo(sheet.causeIdentified), corrected: yesNo(sheet.corrected) })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Recommendations made at this meeting: who is responsible, and by when management answers. */
export function RecommendationsTable({ meeting, text }: { meeting: Meeting; text: DocumentText }) {
  const { t } = text
  const made = meeting.items.filter((item) => item.recommendation)
  if (made.length === 0) return <p>{t('meetingDocuments.minutes.noRecommendations')}</p>
  return (
    <table className="md-table">
      <thead>
        <tr>
          <th scope="col">{t('meetingDocuments.minutes.recommendation')}</th>
          <th scope="col">{t('meetingDocuments.minutes.responsibleColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.responseDueColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.responseColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {made.map((item, index) => (
          <tr key={`${item.title}-${index}`}>
            <td>{item.recommendation}</td>
            <td>{item.recommendationOwner ?? <span className="md-blank" aria-label={t('meetingDocuments.common.notRecorded')} />}</td>
            <td className="md-nowrap">{item.responseDueOn ? text.date(item.responseDueOn) : <span className="md-blank" aria-label={t('meetingDocuments.common.notRecorded')} />}</td>
            <td>{item.managementResponse ?? t('meetingDocuments.minutes.noResponse')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Earlier meetings' recommendations still being followed up, with management's responses. */
export function EarlierRecommendationsTable({ review, text }: { review: Review; text: DocumentText }) {
  const { t } = text
  if (review.earlierRecommendations.length === 0) return <p>{t('meetingDocuments.minutes.noEarlier')}</p>
  return (
    <table className="md-table">
      <thead>
        <tr>
          <th scope="col">{t('meetingDocuments.minutes.madeOnColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.recommendation')}</th>
          <th scope="col">{t('meetingDocuments.minutes.responsibleColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.responseDueColumn')}</th>
          <th scope="col">{t('meetingDocuments.minutes.responseColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {review.earlierRecommendations.map((rec, index) => (
          <tr key={`${rec.meetingHeldOn}-${index}`}>
            <td className="md-nowrap">{text.shortDate(rec.meetingHeldOn)}</td>
            <td>{rec.recommendation}</td>
            <td>{rec.owner ?? '—'}</td>
            <td className="md-nowrap">{rec.responseDueOn ? text.shortDate(rec.responseDueOn) : '—'}</td>
            <td>
              {rec.managementResponse
                ? rec.responseReceivedOn
                  ? t('meetingDocuments.minutes.responseReceived', { text: rec.managementResponse, date: text.shortDate(rec.responseReceivedOn) })
                  : rec.managementResponse
                : t('meetingDocuments.minutes.noResponse')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const FOLLOW_UP = ['overdue', 'dueSoon', 'awaitingCheck'] as const

/** Open corrective actions in the three buckets the committee chases: overdue, due soon, awaiting a check. */
export function OpenActions({ review, text }: { review: Review; text: DocumentText }) {
  const { t } = text
  const any = FOLLOW_UP.some((bucket) => review.actionFollowUp[bucket].length > 0)
  return (
    <>
      <p>
        {t('meetingDocuments.minutes.openActions', { count: review.openActions })}
        {!any && ` ${t('meetingDocuments.minutes.noFollowUp')}`}
      </p>
      {FOLLOW_UP.filter((bucket) => review.actionFollowUp[bucket].length > 0).map((bucket) => (
        <div key={bucket} className="md-followup">
          <h3>
            {t(`meetingDocuments.followUp.${bucket}`)} ({review.actionFollowUp[bucket].length})
          </h3>
          <ul className="md-list">
            {review.actionFollowUp[bucket].map((action, index) => (
              <li key={`${action.description}-${index}`}>{t('meetingDocuments.minutes.actionLine', { description: action.description, details: actionDetails(action, text) })}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  )
}

/** The three trend charts at print size: fixed pixels, no animation. */
export function TrendCharts({ trends }: { trends: Review['trends'] }) {
  return (
    <div className="md-charts">
      <MonthlyTrendChart monthly={trends.monthly} variant="print" size={{ width: 660, height: 150 }} className="md-chart md-chart--wide" />
      <div className="md-charts__pair">
        <CategoryChart rows={trends.byCategory} variant="print" width={325} className="md-chart" />
        <LocationChart rows={trends.byLocation} variant="print" width={325} className="md-chart" />
      </div>
    </div>
  )
}
