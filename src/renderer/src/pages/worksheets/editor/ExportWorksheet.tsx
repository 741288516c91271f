import { useTranslation } from 'react-i18next'
import { toFormErrors } from '../../../api/formErrors'
import { useDocumentExport, type DocumentExportState } from '../../../api/useDocumentExport'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { useMessageText } from '../../../i18n/useMessageText'

/** The worksheet as a PDF, to sign and file: main prints #/print/worksheet and saves it. */
export function ExportWorksheet({ worksheetId }: { worksheetId: number }) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const { state, run } = useDocumentExport()

  const statusOf = (current: DocumentExportState): Status | null => {
    if (current.status === 'working') return { tone: 'success', text: t('worksheets.export.working') }
    if (current.status === 'done') {
      const { saved, path } = current.result
      return saved && path !== null ? { tone: 'success', text: t('worksheets.export.saved', { path }) } : { tone: 'success', text: t('worksheets.export.notSaved') }
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
    <div className="form-actions export-worksheet">
      <button
        type="button"
        className="button"
        aria-disabled={state.status === 'working' || undefined}
        onClick={() => void run({ document: 'worksheet', id: worksheetId })}
      >
        {t('worksheets.export.button')}
      </button>
      <StatusMessage status={statusOf(state)} className="file-path" />
    </div>
  )
}
