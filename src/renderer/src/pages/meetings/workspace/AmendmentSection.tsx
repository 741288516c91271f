import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingDetail, MeetingHandle } from '../../../api/meetings'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { TextField } from '../../../components/TextField'
import { localToday, useErrorText, useFormats } from '../meetingText'
import { SECTION_IDS } from './JumpNav'
import type { UnsavedText } from './unsavedTexts'

/** Approved minutes do not change: a correction is a dated amendment, printed with them. */
export function AmendmentSection({ meeting, handle, unsaved }: { meeting: MeetingDetail; handle: MeetingHandle; unsaved: UnsavedText[] }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const errorText = useErrorText()
  const headingId = SECTION_IDS.status
  const textId = useId()
  const busy = useRef(false)
  const textRef = useRef<HTMLTextAreaElement>(null)
  const [text, setText] = useState('')
  const [amendedOn, setAmendedOn] = useState(localToday)
  const [textError, setTextError] = useState<string | undefined>(undefined)
  const [status, setStatus] = useState<Status | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy.current) return
    if (text.trim() === '') {
      setTextError(t('meetings.problem.needsAmendment'))
      textRef.current?.focus()
      return
    }
    setTextError(undefined)
    busy.current = true
    const result = await handle.addAmendment(text, amendedOn)
    busy.current = false
    if (result.ok) {
      setText('')
      setStatus({ tone: 'success', text: t('meetings.amendments.added') })
    } else {
      // The correction stays in the box: nothing typed is lost when a save is refused.
      setStatus({ tone: 'error', text: errorText(result.error) })
    }
  }

  return (
    <section className="card amendments" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('meetings.amendments.heading')}
      </h2>
      <p className="field-hint">{t('meetings.amendments.intro')}</p>
      {meeting.amendments.length === 0 ? (
        <p className="empty">{t('meetings.amendments.none')}</p>
      ) : (
        <ul className="review-list">
          {meeting.amendments.map((amendment) => (
            <li key={amendment.id}>{t('meetings.amendments.line', { date: formats.date(amendment.amendedOn), text: amendment.text })}</li>
          ))}
        </ul>
      )}
      {unsaved.length > 0 && (
        <div className="unsaved-texts" role="group" aria-labelledby={`${headingId}-unsaved`}>
          <h3 id={`${headingId}-unsaved`}>{t('meetings.amendments.unsavedHeading')}</h3>
          <p>{t('meetings.amendments.unsavedIntro')}</p>
          <ul className="review-list">
            {unsaved.map((entry) => (
              <li key={entry.label}>
                <strong>{entry.label}:</strong> <span className="unsaved-texts__text">{entry.text}</span>{' '}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('meetings.amendments.useUnsavedLabel', { label: entry.label })}
                  onClick={() => {
                    setText((current) => (current.trim() === '' ? `${entry.label}: ${entry.text}` : `${current}\n${entry.label}: ${entry.text}`))
                    textRef.current?.focus()
                  }}
                >
                  {t('meetings.amendments.useUnsaved')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form className="meeting-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field">
          <label htmlFor={textId}>{t('meetings.amendments.text')}</label>
          <textarea
            ref={textRef}
            id={textId}
            rows={3}
            maxLength={4000}
            value={text}
            aria-invalid={textError ? true : undefined}
            aria-describedby={textError ? `${textId}-error` : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          {textError && (
            <p id={`${textId}-error`} className="field-error">
              {textError}
            </p>
          )}
        </div>
        <TextField className="field--date" type="date" label={t('meetings.amendments.amendedOn')} value={amendedOn} onChange={(event) => setAmendedOn(event.target.value)} />
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('meetings.amendments.add')}
          </button>
          <StatusMessage status={status} />
        </div>
      </form>
    </section>
  )
}
