import { useEffect, useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { ReferenceItem, ReferenceListKind } from '../../../../shared/domain/referenceLists'
import { useReferenceList } from '../../api/useReferenceList'
import { useReport, type ReportDetail } from '../../api/useReport'
import { PageHeading } from '../../components/PageHeading'
import { RiskBadge } from '../../components/RiskBadge'
import { StatusBadge } from '../../components/StatusBadge'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { parseReportId } from '../../router/routes'
import { useHash } from '../../router/useHashRoute'
import { registerReturnHash } from '../register/registerQuery'
import { EditReport } from './EditReport'
import { HistoryList } from './HistoryList'
import { ReportReadView } from './ReportReadView'
import { RootCausePanel } from './RootCausePanel'
import { SameEventPanel } from './SameEventPanel'
import { SimilarReports } from './SimilarReports'
import { StatusPanel } from './StatusPanel'
import { TriagePanel } from './TriagePanel'

/** `#/reports/<id>`: one report, its triage, root cause and actions, status, similar reports and history. */
export function ReportDetailPage() {
  const id = parseReportId(useHash())
  const previousId = useRef(id)

  // Following a link from one report to another keeps the route ("reports"), so the frame does
  // not move focus; do it here, as the frame would for a new page.
  useEffect(() => {
    if (previousId.current !== null && previousId.current !== id) {
      document.querySelector<HTMLElement>('main h1')?.focus()
    }
    previousId.current = id
  }, [id])

  return id === null ? <Missing /> : <ReportDetailView key={id} id={id} />
}

function BackLink() {
  const { t } = useTranslation()
  return (
    <p className="back-link">
      <a href={registerReturnHash()}>
        <span aria-hidden="true">← </span>
        {t('register.detail.back')}
      </a>
    </p>
  )
}

function Missing() {
  const { t } = useTranslation()
  return (
    <>
      <BackLink />
      <PageHeading>{t('register.detail.headingLoading')}</PageHeading>
      <p className="status status--error">{t('register.detail.notFound')}</p>
    </>
  )
}

const itemsOf = (state: ReturnType<typeof useReferenceList>['state']): ReferenceItem[] =>
  state.status === 'ready' ? state.items : []

function useAllItems(kind: Exclude<ReferenceListKind, 'members'>): ReferenceItem[] {
  return itemsOf(useReferenceList(kind, true).state)
}

function ReportDetailView({ id }: { id: number }) {
  const { t } = useTranslation()
  const handle = useReport(id)
  const lists = { locations: useAllItems('locations'), categories: useAllItems('categories'), conditions: useAllItems('conditions') }
  const { state } = handle

  const heading = state.status === 'ready' ? t('register.detail.heading', { refCode: state.report.refCode }) : t('register.detail.headingLoading')
  return (
    <>
      <BackLink />
      <PageHeading>{heading}</PageHeading>
      {state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="status status--error" role="alert">
          {state.error.code === 'NOT_FOUND' ? t('register.detail.notFound') : t(`errors.${state.error.code}`)}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <Summary report={state.report} />
          <DetailsCard report={state.report} lists={lists} update={handle.update} />
          <div className="triage-layout">
            <TriagePanel report={state.report} triage={handle.triage} />
            <SimilarReports report={state.report} linkSameEvent={handle.linkSameEvent} />
          </div>
          <RootCausePanel report={state.report} reload={handle.reload} />
          <div className="detail-columns">
            <StatusPanel report={state.report} setStatus={handle.setStatus} />
            <SameEventPanel report={state.report} linkSameEvent={handle.linkSameEvent} />
          </div>
          <HistoryList report={state.report} />
        </>
      )}
    </>
  )
}

/** Risk, status and decision at a glance, above everything else. */
function Summary({ report }: { report: ReportDetail }) {
  const { t } = useTranslation()
  return (
    <dl className="report-summary" aria-label={t('register.detail.summary')}>
      <div>
        <dt>{t('register.detail.riskLabel')}</dt>
        <dd>
          <RiskBadge level={report.riskLevel} />
        </dd>
      </div>
      <div>
        <dt>{t('register.detail.statusLabel')}</dt>
        <dd>
          <StatusBadge status={report.status} />
        </dd>
      </div>
      {report.triageDecision && (
        <div>
          <dt>{t('register.detail.decisionLabel')}</dt>
          <dd>{t(`register.decisions.${report.triageDecision}`)}</dd>
        </div>
      )}
    </dl>
  )
}

interface DetailsCardProps {
  report: ReportDetail
  lists: { locations: ReferenceItem[]; categories: ReferenceItem[]; conditions: ReferenceItem[] }
  update: ReturnType<typeof useReport>['update']
}

/** The report's fields: read view, or the intake fields in place when the chair edits. */
function DetailsCard({ report, lists, update }: DetailsCardProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const [editing, setEditing] = useState(false)
  const [status, setStatus] = useState<Status | null>(null)
  const editButton = useRef<HTMLButtonElement>(null)

  const done = (saved: boolean) => {
    flushSync(() => {
      setEditing(false)
      setStatus(saved ? { tone: 'success', text: t('register.detail.saved') } : null)
    })
    editButton.current?.focus()
  }

  return (
    <section className="card details-card" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId}>{editing ? t('register.detail.editHeading') : t('register.detail.detailsHeading')}</h2>
        {!editing && (
          <button
            ref={editButton}
            type="button"
            className="button button--small"
            onClick={() => {
              setStatus(null)
              setEditing(true)
            }}
          >
            {t('register.detail.edit')}
          </button>
        )}
      </div>
      {editing ? (
        <EditReport report={report} lists={lists} update={update} onDone={done} />
      ) : (
        <ReportReadView report={report} conditions={lists.conditions} />
      )}
      <StatusMessage status={status} />
    </section>
  )
}
