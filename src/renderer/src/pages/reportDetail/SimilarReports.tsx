import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { toFormErrors } from '../../api/formErrors'
import { useSimilarReports, type ReportDetail, type ReportHandle, type SimilarReport } from '../../api/useReport'
import { RiskBadge } from '../../components/RiskBadge'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { formatDate } from '../../i18n/format'
import { useMessageText } from '../../i18n/useMessageText'
import { reportHref } from '../../router/routes'
import { truncate } from '../register/truncate'
import { isSameEvent, linkToMake, linkToRemove } from './sameEvent'

interface SimilarReportsProps {
  report: ReportDetail
  linkSameEvent: ReportHandle['linkSameEvent']
}

/** Possible duplicates and repeats, for the chair to compare while triaging. */
export function SimilarReports({ report, linkSameEvent }: SimilarReportsProps) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const headingId = useId()
  const version = `${report.updatedAt}|${report.sameEventReports.map((linked) => linked.id).join(',')}`
  const similar = useSimilarReports(report.id, version)
  const [status, setStatus] = useState<Status | null>(null)

  const link = async (other: SimilarReport, on: boolean) => {
    setStatus(null)
    const { id, sameAsId } = on ? linkToMake(report, other) : { id: linkToRemove(report, other), sameAsId: null }
    const result = await linkSameEvent(id, sameAsId)
    if (result.ok) {
      setStatus({
        tone: 'success',
        text: t(on ? 'register.similar.linkedNotice' : 'register.similar.unlinkedNotice', { refCode: other.refCode })
      })
      return
    }
    const errors = toFormErrors(result.error)
    const first = Object.values(errors.fieldErrors)[0]
    setStatus({ tone: 'error', text: first ? messageText(first) : t(errors.formMessage) })
  }

  return (
    <section className="card similar-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('register.similar.heading')}</h2>
      <p className="panel-intro">{t('register.similar.intro')}</p>
      {similar.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {similar.status === 'error' && <p className="status status--error">{t(`errors.${similar.error.code}`)}</p>}
      {similar.status === 'ready' && similar.reports.length === 0 && <p className="empty">{t('register.similar.none')}</p>}
      {similar.status === 'ready' && similar.reports.length > 0 && (
        <ul className="similar-list">
          {similar.reports.map((other) => (
            <SimilarItem key={other.id} report={report} other={other} onLink={(on) => void link(other, on)} />
          ))}
        </ul>
      )}
      <StatusMessage status={status} className="similar-panel__message" />
    </section>
  )
}

function SimilarItem({ report, other, onLink }: { report: ReportDetail; other: SimilarReport; onLink: (on: boolean) => void }) {
  const { t, i18n } = useTranslation()
  const linked = isSameEvent(report, other)
  return (
    <li className={linked ? 'similar-item similar-item--linked' : 'similar-item'}>
      <p className="similar-item__head">
        <a href={reportHref(other.id)}>{other.refCode}</a>
        <span>{formatDate(other.occurredOn, i18n.language)}</span>
        <span>{other.locationName}</span>
        <RiskBadge level={other.riskLevel} />
        {linked && <span className="badge">{t('register.similar.linked')}</span>}
      </p>
      <p className="similar-item__text">{truncate(other.whatHappened, 160)}</p>
      <p className="similar-item__reasons">
        {t('register.similar.reasonsLabel')} {other.reasons.map((reason) => t(`register.similar.reasons.${reason}`)).join(' · ')}
      </p>
      <button
        type="button"
        className="button button--small"
        aria-label={t(linked ? 'register.similar.unlinkItem' : 'register.similar.markSameItem', { refCode: other.refCode })}
        onClick={() => onLink(!linked)}
      >
        {t(linked ? 'register.similar.unlink' : 'register.similar.markSame')}
      </button>
    </li>
  )
}
