import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingDetail, MeetingHandle } from '../../../api/meetings'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { TextField } from '../../../components/TextField'
import { localToday, useErrorText, useFormats } from '../meetingText'
import { SECTION_IDS } from './JumpNav'

/** Where the minutes were made available to all employees; may be recorded after approval too. */
export function PostingSection({ meeting, handle }: { meeting: MeetingDetail; handle: MeetingHandle }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const errorText = useErrorText()
  const headingId = SECTION_IDS.posting
  const busy = useRef(false)
  const whereRef = useRef<HTMLInputElement>(null)
  const [where, setWhere] = useState(meeting.minutesPostedWhere ?? '')
  const [postedOn, setPostedOn] = useState(meeting.minutesPostedOn ?? localToday())
  const [whereError, setWhereError] = useState<string | undefined>(undefined)
  const [dateError, setDateError] = useState<string | undefined>(undefined)
  const [status, setStatus] = useState<Status | null>(null)

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy.current) return
    const missingWhere = where.trim() === ''
    const missingDate = postedOn === ''
    setWhereError(missingWhere ? t('meetings.problem.needsPostedWhere') : undefined)
    setDateError(missingDate ? t('validation.dateRequired') : undefined)
    if (missingWhere || missingDate) {
      if (missingWhere) whereRef.current?.focus()
      return
    }
    busy.current = true
    const result = await handle.recordPosting(where, postedOn)
    busy.current = false
    setStatus(result.ok ? { tone: 'success', text: t('meetings.posting.saved') } : { tone: 'error', text: errorText(result.error) })
  }

  const current = meeting.minutesPostedWhere
    ? meeting.minutesPostedOn
      ? t('meetings.posting.current', { where: meeting.minutesPostedWhere, date: formats.date(meeting.minutesPostedOn) })
      : t('meetings.posting.currentUndated', { where: meeting.minutesPostedWhere })
    : t('meetings.posting.notYet')

  return (
    <section className="card posting" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('meetings.posting.heading')}
      </h2>
      <p className="field-hint">{t('meetings.posting.intro')}</p>
      <p className="posting__current">{current}</p>
      <form className="meeting-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="meeting-form__row">
          <TextField
            ref={whereRef}
            className="field--wide"
            label={t('meetings.posting.postedWhere')}
            value={where}
            maxLength={300}
            error={whereError}
            onChange={(event) => setWhere(event.target.value)}
          />
          <TextField className="field--date" type="date" label={t('meetings.posting.postedOn')} value={postedOn} error={dateError} onChange={(event) => setPostedOn(event.target.value)} />
        </div>
        <p className="field-hint">{t('meetings.posting.postedWhereHint')}</p>
        <div className="form-actions">
          <button type="submit" className="button">
            {t('meetings.posting.save')}
          </button>
          <StatusMessage status={status} />
        </div>
      </form>
    </section>
  )
}
