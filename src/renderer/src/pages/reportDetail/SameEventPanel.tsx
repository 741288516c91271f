import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toFormErrors } from '../../api/formErrors'
import type { ReportDetail, ReportHandle } from '../../api/useReport'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { reportHref } from '../../router/routes'

interface SameEventPanelProps {
  report: ReportDetail
  linkSameEvent: ReportHandle['linkSameEvent']
}

/** Reports already marked as the same event as this one, each with Unlink. */
export function SameEventPanel({ report, linkSameEvent }: SameEventPanelProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const [status, setStatus] = useState<Status | null>(null)

  const unlink = async (other: { id: number; refCode: string }) => {
    setStatus(null)
    // This report points at the other one, or the other one points here.
    const result = await linkSameEvent(other.id === report.sameEventAsId ? report.id : other.id, null)
    setStatus(
      result.ok
        ? { tone: 'success', text: t('register.similar.unlinkedNotice', { refCode: other.refCode }) }
        : { tone: 'error', text: t(toFormErrors(result.error).formMessage) }
    )
  }

  return (
    <section className="card same-event-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('register.sameEvent.heading')}</h2>
      {report.sameEventReports.length === 0 ? (
        <p className="empty">{t('register.sameEvent.none')}</p>
      ) : (
        <>
          <p className="panel-intro">{t('register.sameEvent.intro')}</p>
          <ul className="item-list">
            {report.sameEventReports.map((other) => (
              <li key={other.id} className="item">
                <a href={reportHref(other.id)}>{other.refCode}</a>
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('register.similar.unlinkItem', { refCode: other.refCode })}
                  onClick={() => void unlink(other)}
                >
                  {t('register.similar.unlink')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <StatusMessage status={status} />
    </section>
  )
}
