import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { createReport } from '../../api/intake'
import { toFormErrors } from '../../api/formErrors'
import { showErrorsAndFocus } from '../../components/focusFirstInvalid'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { ErrorSummary, type SummaryState } from './ErrorSummary'
import { ReceiptPanel } from './ReceiptPanel'
import { REPORT_FIELD_ORDER, ReportFields, reportFieldId, type ReportLists } from './ReportFields'
import { emptyValues, fieldErrorsFrom, sameValues, todayIso, toReportInput, valuesFromDraft, type ReportField, type ReportValues } from './reportValues'
import { useDraftAutosave } from './useDraftAutosave'

/**
 * The intake form: fields, draft autosave, save with Ctrl+Enter, receipt. Paper entry mode is
 * for the chair keying in a stack of paper cards: after each save the date and place stay, focus
 * returns to "What happened?", and the codes entered so far are listed.
 */
export function IntakeForm({ lists, draft: storedDraft }: { lists: ReportLists; draft: Record<string, unknown> | null }) {
  const { t } = useTranslation()
  const idPrefix = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const receiptRef = useRef<HTMLHeadingElement>(null)
  const saving = useRef(false)
  const [restored] = useState(() => {
    const values = valuesFromDraft(storedDraft)
    return values && !sameValues(values, emptyValues()) ? values : null
  })
  const [values, setValues] = useState<ReportValues>(() => restored ?? emptyValues())
  const [baseline, setBaseline] = useState<ReportValues>(() => emptyValues())
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ReportField, string>>>({})
  const [summary, setSummary] = useState<SummaryState | null>(null)
  const [status, setStatus] = useState<Status | null>(null)
  const [showRestored, setShowRestored] = useState(restored !== null)
  const [paperMode, setPaperMode] = useState(false)
  const [session, setSession] = useState<string[]>([])
  const [receipt, setReceipt] = useState<string | null>(null)
  const draft = useDraftAutosave(values, baseline)
  const { start } = draft

  useEffect(() => start(restored), [start, restored])

  const focusField = (field: ReportField) => document.getElementById(reportFieldId(idPrefix, field))?.focus()

  /** Replace the form's contents; what it holds now is the new "nothing typed yet". */
  const resetTo = (next: ReportValues) => {
    setBaseline(next)
    setValues(next)
    setFieldErrors({})
    setSummary(null)
    setShowRestored(false)
  }

  const submit = async () => {
    if (saving.current) return
    saving.current = true
    setStatus(null)
    const submitted = values
    const result = await createReport(toReportInput(submitted))
    saving.current = false
    if (result.ok) {
      const code = result.data.refCode
      if (paperMode) {
        const kept = { ...emptyValues(), occurredOn: submitted.occurredOn, locationId: submitted.locationId }
        flushSync(() => {
          resetTo(kept)
          setSession((codes) => [...codes, code])
          setStatus({ tone: 'success', text: t('reports.intake.savedCard', { code }) })
        })
        focusField('whatHappened')
      } else {
        flushSync(() => {
          resetTo(emptyValues())
          setReceipt(code)
        })
        receiptRef.current?.focus()
      }
      // After the reset, so a debounced autosave cannot store the saved text again.
      void draft.discard()
      return
    }
    const errors = fieldErrorsFrom(result.error.details)
    const fields = REPORT_FIELD_ORDER.filter((field) => errors[field] !== undefined)
    showErrorsAndFocus(formRef.current, () => {
      setFieldErrors(errors)
      setSummary({ message: t(toFormErrors(result.error).formMessage), fields, errors })
    })
    // Nothing to point at (the app could not reach its data): the summary itself takes focus.
    if (fields.length === 0) formRef.current?.querySelector<HTMLElement>('.error-summary')?.focus()
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void submit()
  }

  // Ctrl+Enter saves from anywhere in the form, textareas included (where Enter is a new line).
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return
    event.preventDefault()
    void submit()
  }

  const clearForm = () => {
    flushSync(() => {
      resetTo(emptyValues())
      setStatus({ tone: 'success', text: t('reports.intake.cleared') })
    })
    void draft.discard()
    focusField('occurredOn')
  }

  const reportAnother = () => {
    flushSync(() => setReceipt(null))
    focusField('occurredOn')
  }

  if (receipt !== null) return <ReceiptPanel code={receipt} headingRef={receiptRef} onAnother={reportAnother} />

  return (
    <form ref={formRef} className="card intake-form" noValidate onSubmit={onSubmit} onKeyDown={onKeyDown}>
      {showRestored && (
        <p className="draft-note" role="status">
          {t('reports.intake.draftRestored')}
        </p>
      )}
      {summary && <ErrorSummary summary={summary} idPrefix={idPrefix} />}
      <label className="checkbox paper-mode">
        <input type="checkbox" checked={paperMode} onChange={(event) => setPaperMode(event.target.checked)} />
        {t('reports.intake.paperMode')}
      </label>
      <ReportFields value={values} onChange={setValues} fieldErrors={fieldErrors} lists={lists} idPrefix={idPrefix} maxDate={todayIso()} />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('reports.intake.save')}
        </button>
        <button type="button" className="button" onClick={clearForm}>
          {t('reports.intake.clearForm')}
        </button>
        <p className="shortcut-hint">{t('reports.intake.shortcut')}</p>
      </div>
      <StatusMessage status={status} />
      {paperMode && session.length > 0 && (
        <div className="session-list">
          <p id={`${idPrefix}-session`}>{t('reports.intake.sessionList')}</p>
          <ul aria-labelledby={`${idPrefix}-session`}>
            {session.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  )
}
