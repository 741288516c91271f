import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportDetail, ReportHandle } from '../../api/useReport'
import { newWorksheetHref, worksheetHref } from '../worksheets/worksheetRoutes'
import { ReportActions } from './ReportActions'

interface RootCausePanelProps {
  report: ReportDetail
  reload: ReportHandle['reload']
}

/**
 * Why a root-cause worksheet is asked for, or null when it is only offered. A serious near miss
 * (or one the chair chose to investigate) that no worksheet covers yet gets the prompt; once one
 * exists, or the report is closed, the link stays but quieter.
 */
function worksheetPrompt(report: ReportDetail): 'promptHighRisk' | 'promptInvestigate' | null {
  if (report.status === 'closed' || report.worksheets.length > 0) return null
  if (report.riskLevel === 'high' || report.riskLevel === 'critical') return 'promptHighRisk'
  if (report.triageDecision === 'investigate') return 'promptInvestigate'
  return null
}

/**
 * "Root cause and actions": the worksheets covering this report (each a link, with its status
 * in words), the way to open a new one for it, and the report's corrective actions, which
 * decide when it may be closed.
 */
export function RootCausePanel({ report, reload }: RootCausePanelProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const worksheetsHeadingId = useId()
  const prompt = worksheetPrompt(report)

  return (
    <section className="card root-cause-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('register.detail.rootCause.heading')}</h2>

      <h3 id={worksheetsHeadingId}>{t('register.detail.rootCause.worksheetsHeading')}</h3>
      {prompt && <p className="root-cause-panel__prompt">{t(`register.detail.rootCause.${prompt}`)}</p>}
      {report.worksheets.length === 0 ? (
        !prompt && <p className="empty">{t('register.detail.rootCause.noWorksheets')}</p>
      ) : (
        <ul className="root-cause-panel__worksheets" aria-labelledby={worksheetsHeadingId}>
          {report.worksheets.map((sheet) => (
            <li key={sheet.id}>
              <a href={worksheetHref(sheet.id)}>{sheet.title}</a>{' '}
              <span className={`worksheet-status worksheet-status--${sheet.status}`}>{t(`worksheets.statuses.${sheet.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a className={prompt ? 'button button--primary' : 'button'} href={newWorksheetHref([report.id])}>
          {report.worksheets.length === 0 ? t('register.detail.rootCause.openWorksheet') : t('register.detail.rootCause.openAnother')}
        </a>
      </p>

      <ReportActions report={report} reload={reload} />
    </section>
  )
}
