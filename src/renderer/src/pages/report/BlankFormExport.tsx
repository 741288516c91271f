import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { toFormErrors } from '../../api/formErrors'
import { useDocumentExport, type DocumentExportState } from '../../api/useDocumentExport'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { useMessageText } from '../../i18n/useMessageText'

/** The blank paper card as a PDF, for staff who would rather write by hand. */
export function BlankFormExport() {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const headingId = useId()
  const { state, run } = useDocumentExport()

  const statusOf = (current: DocumentExportState): Status | null => {
    if (current.status === 'working') return { tone: 'success', text: t('reports.blankForm.working') }
    if (current.status === 'done') {
      const { saved, path } = current.result
      return saved && path !== null
        ? { tone: 'success', text: t('reports.blankForm.saved', { path }) }
        : { tone: 'success', text: t('reports.blankForm.notSaved') }
    }
    if (current.status === 'error') {
      // An IO_ERROR says why the file could not be written (errors.file.*); say that too.
      const detail = current.error.details?.find((issue) => issue.messageKey.startsWith('errors.'))
      const summary = t(toFormErrors(current.error).formMessage)
      return { tone: 'error', text: detail ? `${summary} ${messageText(detail.messageKey)}` : summary }
    }
    return null
  }

  return (
    <section className="card blank-form" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('reports.blankForm.heading')}</h2>
      <p>{t('reports.blankForm.intro')}</p>
      <div className="form-actions">
        <button type="button" className="button" aria-disabled={state.status === 'working' || undefined} onClick={() => void run({ document: 'intakeForm' })}>
          {t('reports.blankForm.button')}
        </button>
        <StatusMessage status={statusOf(state)} className="file-path" />
      </div>
    </section>
  )
}
