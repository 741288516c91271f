import { useTranslation } from 'react-i18next'
import type { ReviewData } from '../../../../api/meetings'
import { CategoryChart, LocationChart, MonthlyTrendChart } from '../../../../components/charts'

/**
 * The trends, drawn with the same charts as the printed agenda and the dashboard: bars with
 * their numbers written on them, and a table of the same numbers for screen readers.
 */
export function TrendsReview({ review }: { review: ReviewData }) {
  const { t } = useTranslation()
  const { monthly, byCategory, byLocation } = review.trends
  return (
    <div className="review-block">
      <MonthlyTrendChart monthly={monthly} className="trend-chart trend-chart--monthly" />
      <div className="trend-charts">
        <CategoryChart rows={byCategory} className="trend-chart" />
        <LocationChart rows={byLocation} className="trend-chart" />
      </div>
      <p className="review-summary">{t('meetings.review.trendsNote')}</p>
    </div>
  )
}
