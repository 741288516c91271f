import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { allowedNextStatuses, type ReportStatus } from '../../../../shared/domain/reportStatus'
import { toFormErrors } from '../../api/formErrors'
import type { ReportDetail, ReportHandle } from '../../api/useReport'
import { showErrorsAndFocus } from '../../components/focusFirstInvalid'
import { StatusBadge } from '../../components/StatusBadge'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { useMessageText } from '../../i18n/useMessageText'
import { TextAreaField } from './TextAreaField'

interface StatusPanelProps {
  report: ReportDetail
  setStatus: ReportHandle['setStatus']
}

type CloseField = 'closureNote' | 'feedbackToStaff'

/**
 * The next steps a report may take (from the shared status rule), as buttons. Closing asks for
 * a closure note and the feedback to staff, both required: closing the loop with the reporter
 * is the point. Main checks every rule again; its refusals are shown in plain words.
 */
export function StatusPanel({ report, setStatus }: StatusPanelProps) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const headingId = useId()
  const [closing, setClosing] = useState(false)
  const [closureNote, setClosureNote] = useState('')
  const [feedbackToStaff, setFeedback] = useState('')
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<CloseField, string>>>({})
  const [message, setMessage] = useState<Status | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const closeButtonRef = useRef<HTMLButtonElement>(null)
  const busy = useRef(false)

  const triaged = report.riskLevel !== null
  // "Triaged" without a risk level would be a label with nothing behind it: triage sets it.
  const next = allowedNextStatuses(report.status).filter((status) => triaged || status !== 'triaged')

  const send = async (status: ReportStatus, texts: Partial<Record<CloseField, string>> = {}) => {
    if (busy.current) return
    busy.current = true
    setMessage(null)
    const result = await setStatus({ status, ...texts })
    busy.current = false
    if (result.ok) {
      setClosing(false)
      setFieldErrors({})
      setMessage({ tone: 'success', text: t('register.statusPanel.changed', { status: t(`register.statuses.${result.data.status}`) }) })
      return
    }
    const errors = toFormErrors(result.error)
    const closeErrors: Partial<Record<CloseField, string>> = {}
    for (const field of ['closureNote', 'feedbackToStaff'] as const) {
      const key = errors.fieldErrors[field]
      if (key) closeErrors[field] = messageText(key)
    }
    const general = errors.fieldErrors.status ?? errors.fieldErrors['']
    const text = general ? messageText(general) : Object.values(closeErrors)[0] ?? t(errors.formMessage)
    showErrorsAndFocus(formRef.current, () => {
      setFieldErrors(closeErrors)
      setMessage({ tone: 'error', text })
    })
  }

  const onClose = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    // Main refuses these too, but one at a time; checking here marks both missing texts at once.
    const problems: Partial<Record<CloseField, string>> = {}
    if (closureNote.trim() === '') problems.closureNote = t('status.problem.needsClosureNote')
    if (feedbackToStaff.trim() === '') problems.feedbackToStaff = t('status.problem.needsFeedback')
    if (Object.keys(problems).length > 0) {
      showErrorsAndFocus(formRef.current, () => {
        setFieldErrors(problems)
        setMessage(null)
      })
      return
    }
    void send('closed', { closureNote, feedbackToStaff })
  }

  const cancelClose = () => {
    setClosing(false)
    setFieldErrors({})
    setMessage(null)
    closeButtonRef.current?.focus()
  }

  const labelFor = (status: ReportStatus) => {
    if (status === 'closed') return t('register.statusPanel.close')
    if (report.status === 'closed' && status === 'triaged') return t('register.statusPanel.reopen')
    return t('register.statusPanel.moveTo', { status: t(`register.statuses.${status}`) })
  }

  return (
    <section className="card status-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('register.statusPanel.heading')}</h2>
      <p>
        {t('register.statusPanel.current')} <StatusBadge status={report.status} />
      </p>
      {!triaged && <p className="panel-intro">{t('register.statusPanel.triageFirst')}</p>}
      {next.length > 0 && (
        <div className="status-panel__buttons">
          {next.map((status) => (
            <button
              key={status}
              ref={status === 'closed' ? closeButtonRef : undefined}
              type="button"
              className="button"
              aria-expanded={status === 'closed' ? closing : undefined}
              onClick={() => (status === 'closed' ? setClosing(true) : void send(status))}
            >
              {labelFor(status)}
            </button>
          ))}
        </div>
      )}
      {closing && next.includes('closed') && (
        <form ref={formRef} className="close-form" noValidate onSubmit={onClose}>
          <h3>{t('register.statusPanel.closeHeading')}</h3>
          <p className="panel-intro">{t('register.statusPanel.closeIntro')}</p>
          <TextAreaField
            label={t('register.statusPanel.closureNote')}
            hint={t('register.statusPanel.closureNoteHint')}
            value={closureNote}
            onChange={(event) => setClosureNote(event.target.value)}
            error={fieldErrors.closureNote}
            required
            autoFocus
          />
          <TextAreaField
            label={t('register.statusPanel.feedbackToStaff')}
            hint={t('register.statusPanel.feedbackHint')}
            value={feedbackToStaff}
            onChange={(event) => setFeedback(event.target.value)}
            error={fieldErrors.feedbackToStaff}
            required
          />
          <div className="form-actions">
            <button type="submit" className="button button--primary">
              {t('register.statusPanel.confirmClose')}
            </button>
            <button type="button" className="button" onClick={cancelClose}>
              {t('register.statusPanel.cancel')}
            </button>
          </div>
        </form>
      )}
      <StatusMessage status={message} className="status-panel__message" />
      {report.status === 'closed' && (report.closureNote || report.feedbackToStaff) && (
        <dl className="field-list">
          <dt>{t('register.detail.closureNote')}</dt>
          <dd className="long-text">{report.closureNote ?? t('register.detail.notRecorded')}</dd>
          <dt>{t('register.detail.feedbackToStaff')}</dt>
          <dd className="long-text">{report.feedbackToStaff ?? t('register.detail.notRecorded')}</dd>
        </dl>
      )}
    </section>
  )
}
