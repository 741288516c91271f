import { useTranslation } from 'react-i18next'
import type { ReviewData } from '../../../../api/meetings'

/** Root-cause worksheets open or worked on in the period: was the cause found, was it fixed? */
export function InvestigationsReview({ review }: { review: ReviewData }) {
  const { t } = useTranslation()
  if (review.investigations.length === 0) return <p className="empty">{t('meetings.review.investigationsNone')}</p>
  const yesNo = (value: boolean) => (
    <span className={`yes-no yes-no--${value ? 'yes' : 'no'}`}>{value ? t('meetings.review.yes') : t('meetings.review.no')}</span>
  )
  return (
    <div className="review-block meeting-table-scroll">
      <table className="meeting-table review-table">
        <thead>
          <tr>
            <th scope="col">{t('meetings.review.investigation')}</th>
            <th scope="col">{t('meetings.review.reports')}</th>
            <th scope="col">{t('meetings.review.causeIdentified')}</th>
            <th scope="col">{t('meetings.review.corrected')}</th>
            <th scope="col" className="numeric">
              {t('meetings.review.openActions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {review.investigations.map((sheet) => (
            <tr key={sheet.id}>
              <th scope="row">{sheet.title}</th>
              <td>{sheet.reportCodes}</td>
              <td>{yesNo(sheet.causeIdentified)}</td>
              <td>{yesNo(sheet.corrected)}</td>
              <td className="numeric">{sheet.openActions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
