import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UiResult } from '../../../api/client'
import { useErrorText } from '../meetingText'
import { useReportUnsaved } from './unsavedTexts'

type Phase = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; reason: string }

interface AutosaveFieldProps {
  label: string
  /** Where the field is ("Trends"), so refused text can be offered back after a lock. */
  context?: string
  hint?: string
  /** What is stored now (null: nothing). */
  stored: string | null
  /** Sends the new value (null when cleared); the field keeps the text until main says ok. */
  save: (value: string | null) => Promise<UiResult<unknown>>
  type?: 'textarea' | 'text' | 'date'
  rows?: number
  maxLength?: number
  className?: string
}

const same = (a: string, b: string) => a.trim() === b.trim()

/**
 * A text, note or date that saves itself when focus leaves it. Typed text is never thrown away:
 * until main has stored it, the field keeps the draft, and a refused save says why and keeps it
 * (leaving the field again retries). A newer stored value replaces the text only when there is
 * no unsaved draft to lose.
 */
export function AutosaveField({ label, context, hint, stored, save, type = 'textarea', rows = 3, maxLength = 4000, className }: AutosaveFieldProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const id = useId()
  const reportUnsaved = useReportUnsaved()
  const storedText = stored ?? ''
  const [draft, setDraft] = useState(storedText)
  const [base, setBase] = useState(storedText)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })

  // Derived from props during render (React's pattern for "reset when a prop changes"): follow
  // the stored value unless the person has typed something that is not stored yet.
  if (storedText !== base) {
    setBase(storedText)
    if (same(draft, base)) setDraft(storedText)
  }

  const dirty = !same(draft, storedText)

  const onBlur = async () => {
    if (!dirty || phase.kind === 'saving') return
    setPhase({ kind: 'saving' })
    const value = draft.trim() === '' ? null : draft
    const result = await save(value)
    setPhase(result.ok ? { kind: 'saved' } : { kind: 'failed', reason: errorText(result.error) })
    reportUnsaved(id, result.ok || value === null ? null : { label: context ? `${context} — ${label}` : label, text: value })
  }

  const onChange = (value: string) => {
    setDraft(value)
    if (phase.kind === 'saved') setPhase({ kind: 'idle' })
  }

  const hintId = `${id}-hint`
  const statusId = `${id}-status`
  const failed = phase.kind === 'failed'
  const describedBy = [hint ? hintId : '', failed ? statusId : ''].filter(Boolean).join(' ') || undefined
  const shared = {
    id,
    value: draft,
    'aria-invalid': failed ? (true as const) : undefined,
    'aria-describedby': describedBy,
    onBlur: () => void onBlur()
  }

  let statusText = ''
  if (phase.kind === 'saving') statusText = t('meetings.minutesFields.saving')
  else if (phase.kind === 'saved') statusText = t('meetings.minutesFields.saved')
  else if (failed) statusText = t('meetings.minutesFields.failed', { reason: phase.reason })

  return (
    <div className={`field autosave-field${type === 'date' ? ' field--date' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {type === 'textarea' ? (
        <textarea {...shared} rows={rows} maxLength={maxLength} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} type={type} maxLength={type === 'text' ? maxLength : undefined} onChange={(event) => onChange(event.target.value)} />
      )}
      <p id={statusId} role="status" className={`autosave-status${failed ? ' status--error' : ''}`}>
        {statusText}
      </p>
    </div>
  )
}
