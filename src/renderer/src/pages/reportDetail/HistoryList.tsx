import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportDetail } from '../../api/useReport'
import { formatDateTime } from '../../i18n/format'
import { historyText } from './historyText'

/** What happened to the report, oldest first, from the append-only audit log. */
export function HistoryList({ report }: { report: ReportDetail }) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  return (
    <section className="card history-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('register.history.heading')}</h2>
      {report.history.length === 0 ? (
        <p className="empty">{t('register.history.none')}</p>
      ) : (
        <ol className="history-list">
          {report.history.map((entry, index) => (
            <li key={`${entry.at}-${index}`}>
              <time dateTime={entry.at}>{formatDateTime(new Date(entry.at), i18n.language)}</time>
              <span>{historyText(entry, report, t)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
