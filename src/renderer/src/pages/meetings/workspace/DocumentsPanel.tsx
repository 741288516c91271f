import { useTranslation } from 'react-i18next'
import { toFormErrors } from '../../../api/formErrors'
import { useDocumentExport, type DocumentExportState } from '../../../api/useDocumentExport'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { useMessageText } from '../../../i18n/useMessageText'
import { SECTION_IDS } from './JumpNav'

const DOCUMENTS = ['agenda', 'minutes', 'bulletin'] as const
type MeetingDocument = (typeof DOCUMENTS)[number]

/** The agenda, the minutes and the staff bulletin of this meeting, as PDFs. */
export function DocumentsPanel({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation()
  const headingId = SECTION_IDS.documents
  return (
    <section className="card meeting-documents" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('meetings.documents.heading')}
      </h2>
      <p className="field-hint">{t('meetings.documents.intro')}</p>
      <ul className="export-list">
        {DOCUMENTS.map((document) => (
          <li key={document}>
            <ExportButton document={document} meetingId={meetingId} />
          </li>
        ))}
      </ul>
    </section>
  )
}

function ExportButton({ document, meetingId }: { document: MeetingDocument; meetingId: number }) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const { state, run } = useDocumentExport()

  const statusOf = (current: DocumentExportState): Status | null => {
    if (current.status === 'working') return { tone: 'success', text: t('meetings.documents.working') }
    if (current.status === 'done') {
      const { saved, path } = current.result
      return saved && path !== null ? { tone: 'success', text: t('meetings.documents.saved', { path }) } : { tone: 'success', text: t('meetings.documents.notSaved') }
    }
    if (current.status === 'error') {
      // An IO_ERROR says why the file could not be written (errors.file.*); say that too.
      const detail = current.error.details?.find((issue) => issue.messageKey.startsWith('errors.'))
      const summary = t(toFormErrors(current.error).formMessage)
      return { tone: 'error', text: `${t('meetings.documents.failed')} ${detail ? messageText(detail.messageKey) : summary}` }
    }
    return null
  }

  return (
    <div className="export-row">
      <button type="button" className="button" aria-disabled={state.status === 'working' || undefined} onClick={() => void run({ document, id: meetingId })}>
        {t(`meetings.documents.${document}`)}
      </button>
      <StatusMessage status={statusOf(state)} className="file-path" />
    </div>
  )
}
