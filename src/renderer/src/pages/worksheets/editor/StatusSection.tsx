import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { allowedWorksheetStatuses, type WorksheetStatus } from '../../../../../shared/domain/worksheets'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { useMessageText } from '../../../i18n/useMessageText'
import { useErrorText } from '../useErrorText'
import { CompletionProblems, problemsFromDetails, type Problem } from './CompletionProblems'
import { ExportWorksheet } from './ExportWorksheet'
import type { SectionProps } from './sectionProps'

/**
 * Where the worksheet stands (Draft -> In review -> Complete), the moves it may make, and what
 * still stands in the way of completing it. Main decides; a refusal is listed in plain words.
 */
export function StatusSection({ worksheet, handle }: SectionProps) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const errorText = useErrorText()
  const headingId = useId()
  const [status, setStatus] = useState<Status | null>(null)
  // What main said when it refused, kept only while the worksheet is unchanged since.
  const [refused, setRefused] = useState<{ at: string; problems: Problem[] } | null>(null)
  const busy = useRef(false)

  const labelFor = (to: WorksheetStatus) =>
    worksheet.status === 'complete' && to === 'inReview' ? t('worksheets.status.reopen') : t(`worksheets.status.to.${to}`)

  const move = async (to: WorksheetStatus) => {
    if (busy.current) return
    busy.current = true
    setStatus(null)
    setRefused(null)
    const result = await handle.setStatus(to)
    busy.current = false
    if (result.ok) {
      setStatus({ tone: 'success', text: t('worksheets.status.changed', { status: t(`worksheets.statuses.${result.data.status}`) }) })
      return
    }
    const problems = problemsFromDetails(result.error.details).filter((problem) => problem.messageKey.startsWith('worksheets.problem.'))
    if (to === 'complete' && problems.length > 0) {
      setRefused({ at: worksheet.updatedAt, problems })
      const causeText = (id: number | undefined) => worksheet.causes.find((cause) => cause.id === id)?.text
      const words = problems.map((problem) => {
        const cause = causeText(problem.causeId)
        return cause ? t('worksheets.status.causeProblem', { message: messageText(problem.messageKey), cause }) : messageText(problem.messageKey)
      })
      setStatus({ tone: 'error', text: `${t('worksheets.status.refused')} ${words.join(' ')}` })
    } else {
      setStatus({ tone: 'error', text: errorText(result.error) })
    }
  }

  // After a refusal, list what main said; otherwise what main expects would stop completion now.
  const problems: readonly Problem[] = refused && refused.at === worksheet.updatedAt ? refused.problems : worksheet.completionProblems
  return (
    <section className="card worksheet-section status-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('worksheets.status.heading')}</h2>
      <p className="status-line">
        {t('worksheets.status.current')}{' '}
        <span className={`worksheet-status worksheet-status--${worksheet.status}`}>{t(`worksheets.statuses.${worksheet.status}`)}</span>
      </p>
      {worksheet.status !== 'complete' &&
        (problems.length > 0 ? (
          <div className="completion">
            <p className="completion__title">{t('worksheets.status.beforeComplete')}</p>
            <CompletionProblems problems={problems} causes={worksheet.causes} />
          </div>
        ) : (
          <p className="completion completion--ready">{t('worksheets.status.ready')}</p>
        ))}
      <div className="form-actions">
        {allowedWorksheetStatuses(worksheet.status).map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'complete' || (to === 'inReview' && worksheet.status === 'draft') ? 'button button--primary' : 'button'}
            onClick={() => void move(to)}
          >
            {labelFor(to)}
          </button>
        ))}
      </div>
      <StatusMessage status={status} />
      <ExportWorksheet worksheetId={worksheet.id} />
    </section>
  )
}
