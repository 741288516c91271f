import { useTranslation } from 'react-i18next'
import type { ReviewData } from '../../../../api/meetings'
import { useFormats } from '../../meetingText'

const LEVELS = ['critical', 'high', 'medium', 'low', 'untriaged'] as const
const MAX_TEXT = 140

const shorten = (text: string) => (text.length <= MAX_TEXT ? text : `${text.slice(0, MAX_TEXT - 1).trimEnd()}…`)

/** Near misses of the period grouped by risk, each event once, with its other reports named. */
export function NearMissesReview({ review }: { review: ReviewData }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const { nearMisses, period } = review
  return (
    <div className="review-block">
      <p className="review-summary">
        {t('meetings.review.nearMissesCount', {
          reports: String(nearMisses.reports),
          events: String(nearMisses.events),
          start: formats.date(period.start),
          end: formats.date(period.end)
        })}
      </p>
      {nearMisses.reports === 0 && <p className="empty">{t('meetings.review.noNearMisses')}</p>}
      {LEVELS.filter((level) => nearMisses.byRisk[level].length > 0).map((level) => (
        <div key={level} className={`risk-group risk-group--${level}`}>
          <h4>{t('meetings.review.riskGroup', { level: t(`meetings.riskLevels.${level}`), count: nearMisses.byRisk[level].length })}</h4>
          <ul className="review-list">
            {nearMisses.byRisk[level].map((report) => (
              <li key={report.id}>
                <span className="review-code">{report.refCode}</span> {formats.date(report.occurredOn)} · {report.locationName}
                {report.categoryName ? ` · ${report.categoryName}` : ''} — {shorten(report.whatHappened)}
                {report.duplicates.length > 0 && (
                  <span className="review-note">
                    {' '}
                    {t('meetings.review.sameEvent', { count: report.duplicates.length, codes: report.duplicates.join(', ') })}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  )
}
