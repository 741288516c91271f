import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useRecentReports } from '../../api/useRecentReports'
import { CategoryChart, LocationChart, MonthlyTrendChart } from '../../components/charts'
import { formatMonth } from '../../components/charts/monthLabel'
import { PageHeading } from '../../components/PageHeading'
import { formatNumber } from '../../i18n/format'
import { hrefFor } from '../../router/routes'
import { buildTrends, lastMonths } from './trends'

/**
 * Trends over the last six months, counted from the reports themselves by the same rule as the
 * meeting's review (filing month; reports of the same event once). Nothing is invented: with no
 * reports the page says so and points to the report form.
 */
export function DashboardPage() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  // The window is fixed when the page opens; a page left open over midnight keeps its months.
  const months = useMemo(() => lastMonths(new Date()), [])
  const { state, reload } = useRecentReports(months[0]!)
  const uncategorised = t('meetingDocuments.charts.uncategorised')
  const trends = useMemo(() => (state.status === 'ready' ? buildTrends(state.reports, months, uncategorised) : null), [state, months, uncategorised])

  return (
    <>
      <PageHeading>{t('dashboard.heading')}</PageHeading>
      <p className="dashboard-intro">{t('dashboard.intro')}</p>

      {state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}

      {state.status === 'error' && (
        <div className="card" role="alert">
          <p>{t('dashboard.loadFailed', { message: t(`errors.${state.error.code}`) })}</p>
          <button type="button" className="button" onClick={reload}>
            {t('dashboard.retry')}
          </button>
        </div>
      )}

      {trends && trends.reports === 0 && (
        <div className="card dashboard-empty">
          <p>{t('dashboard.empty')}</p>
          <a className="button button--primary" href={hrefFor('report')}>
            {t('dashboard.emptyAction')}
          </a>
        </div>
      )}

      {trends && trends.reports > 0 && (
        <>
          <p className="dashboard-summary">
            <span>{t('dashboard.period', { start: formatMonth(months[0]!, locale, 'long'), end: formatMonth(months.at(-1)!, locale, 'long') })}</span>{' '}
            <span>{t('dashboard.summary', { reports: formatNumber(trends.reports, locale), events: formatNumber(trends.events, locale) })}</span>
          </p>
          <div className="card dashboard-chart">
            <MonthlyTrendChart monthly={trends.monthly} titleAs="h2" />
          </div>
          <div className="dashboard-pair">
            <div className="card dashboard-chart">
              <CategoryChart rows={trends.byCategory} titleAs="h2" />
            </div>
            <div className="card dashboard-chart">
              <LocationChart rows={trends.byLocation} titleAs="h2" />
            </div>
          </div>
          <p className="dashboard-note">
            {t('dashboard.meetingsNote')} <a href={hrefFor('meetings')}>{t('dashboard.meetingsLink')}</a>
          </p>
        </>
      )}
    </>
  )
}
