import { useTranslation } from 'react-i18next'
import { formatDate } from '../../i18n/format'
import { reportHref } from '../../router/routes'
import type { PickedReport } from './ReportPicker'
import { truncate } from './text'

interface ChosenReportsProps {
  reports: readonly PickedReport[]
  onRemove: (report: PickedReport) => void
  /** Already translated; shown under the list, with `errorId` so the search box can point at it. */
  error?: string | undefined
  errorId?: string
  /** The last report cannot be removed from a saved worksheet. */
  keepLast?: boolean
}

/** The reports a worksheet covers: code (a link to the report), date, what happened, Remove. */
export function ChosenReports({ reports, onRemove, error, errorId, keepLast = false }: ChosenReportsProps) {
  const { t, i18n } = useTranslation()
  return (
    <div className="chosen-reports">
      {reports.length === 0 ? (
        <p className="empty">
          {t('worksheets.create.noneChosen')}
        </p>
      ) : (
        <ul className="chosen-list" aria-label={t('worksheets.create.chosenHeading')}>
          {reports.map((report) => (
            <li key={report.id} className="chosen-report">
              <span>
                <a href={reportHref(report.id)}>{report.refCode}</a> <span className="muted">{formatDate(report.occurredOn, i18n.language)}</span>{' '}
                {truncate(report.whatHappened, 120)}
              </span>
              {!(keepLast && reports.length === 1) && (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('worksheets.picker.removeReport', { code: report.refCode })}
                  onClick={() => onRemove(report)}
                >
                  {t('worksheets.picker.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
