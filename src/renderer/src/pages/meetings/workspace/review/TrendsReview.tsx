import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewData } from '../../../../api/meetings'
import { parseLocalDate } from '../../../../i18n/format'

/** The trends as numbers (the charts are in the printed agenda and on the dashboard). */
export function TrendsReview({ review }: { review: ReviewData }) {
  const { t, i18n } = useTranslation()
  const month = (yyyyMm: string) => new Intl.DateTimeFormat(i18n.language, { month: 'short', year: 'numeric' }).format(parseLocalDate(`${yyyyMm}-01`))
  const { monthly, byCategory, byLocation } = review.trends
  return (
    <div className="review-block">
      <div className="trend-tables">
        <CountTable caption={t('meetings.review.trendsMonthly')} nameHeader={t('meetings.review.month')} rows={monthly.map((m) => ({ name: month(m.month), count: m.count }))} />
        <CountTable caption={t('meetings.review.trendsByCategory')} nameHeader={t('meetings.review.name')} rows={byCategory} />
        <CountTable caption={t('meetings.review.trendsByLocation')} nameHeader={t('meetings.review.name')} rows={byLocation} />
      </div>
      <p className="review-summary">{t('meetings.review.trendsNote')}</p>
    </div>
  )
}

function CountTable({ caption, nameHeader, rows }: { caption: string; nameHeader: string; rows: ReadonlyArray<{ name: string; count: number }> }) {
  const { t } = useTranslation()
  const captionId = useId()
  return (
    <div className="trend-table">
      <h4 id={captionId}>{caption}</h4>
      {rows.length === 0 ? (
        <p className="empty">{t('meetings.review.noTrend')}</p>
      ) : (
        <table className="meeting-table review-table" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">{nameHeader}</th>
              <th scope="col" className="numeric">
                {t('meetings.review.count')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.name}>
                <th scope="row">{row.name}</th>
                <td className="numeric">{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
