import { useId, useRef, useState, type FormEvent } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { defaultReviewPeriod } from '../../../../../shared/domain/meetings'
import type { ReferenceItem } from '../../../../../shared/domain/referenceLists'
import { toFormErrors } from '../../../api/formErrors'
import type { MeetingDetail, MeetingHandle } from '../../../api/meetings'
import { showErrorsAndFocus } from '../../../components/focusFirstInvalid'
import { SelectField } from '../../../components/SelectField'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { TextField } from '../../../components/TextField'
import { useMessageText } from '../../../i18n/useMessageText'
import { useFormats } from '../meetingText'
import { SECTION_IDS } from './JumpNav'

/** Is the stored period the "since the last meeting" default? */
export function isDefaultPeriod(meeting: MeetingDetail): boolean {
  const fallback = defaultReviewPeriod(meeting.heldOn, meeting.previousMeeting?.heldOn ?? null)
  return fallback.start === meeting.periodStart && fallback.end === meeting.periodEnd
}

/** When, where, who chairs and records, and the review period; editable until locked. */
export function DetailsSection({ meeting, handle, members }: { meeting: MeetingDetail; handle: MeetingHandle; members: ReferenceItem[] }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const headingId = SECTION_IDS.details
  const [editing, setEditing] = useState(false)
  const [status, setStatus] = useState<Status | null>(null)
  const editButton = useRef<HTMLButtonElement>(null)

  const done = (saved: boolean) => {
    flushSync(() => {
      setEditing(false)
      setStatus(saved ? { tone: 'success', text: t('meetings.details.saved') } : null)
    })
    editButton.current?.focus()
  }

  const notSet = t('meetings.details.notSet')
  const rows: Array<[string, string]> = [
    [t('meetings.details.heldOn'), formats.longDate(meeting.heldOn)],
    [
      t('meetings.details.startTime'),
      meeting.startTime ? `${formats.time(meeting.startTime)}${meeting.endTime ? ` – ${formats.time(meeting.endTime)}` : ''}` : notSet
    ],
    [t('meetings.details.place'), meeting.place ?? notSet],
    [t('meetings.details.chair'), meeting.chairName ?? notSet],
    [t('meetings.details.recorder'), meeting.recorderName ?? notSet],
    [
      t('meetings.details.period'),
      `${t('meetings.details.periodValue', { start: formats.date(meeting.periodStart), end: formats.date(meeting.periodEnd) })} (${
        !isDefaultPeriod(meeting)
          ? t('meetings.details.periodCustom')
          : meeting.previousMeeting
            ? t('meetings.details.periodDefault')
            : t('meetings.details.periodDefaultFirst')
      })`
    ]
  ]

  return (
    <section className="card meeting-details" aria-labelledby={headingId}>
      <div className="card-header">
        <h2 id={headingId} tabIndex={-1}>
          {t('meetings.details.heading')}
        </h2>
        {!meeting.locked && !editing && (
          <button
            ref={editButton}
            type="button"
            className="button button--small"
            onClick={() => {
              setStatus(null)
              setEditing(true)
            }}
          >
            {t('meetings.details.edit')}
          </button>
        )}
      </div>
      {editing ? (
        <DetailsForm meeting={meeting} handle={handle} members={members} onDone={done} />
      ) : (
        <dl className="meeting-facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <StatusMessage status={status} />
    </section>
  )
}

interface Values {
  heldOn: string
  startTime: string
  endTime: string
  place: string
  chairMemberId: string
  recorderMemberId: string
  customPeriod: boolean
  periodStart: string
  periodEnd: string
}
type Field = Exclude<keyof Values, 'customPeriod'>

const valuesOf = (meeting: MeetingDetail): Values => ({
  heldOn: meeting.heldOn,
  startTime: meeting.startTime ?? '',
  endTime: meeting.endTime ?? '',
  place: meeting.place ?? '',
  chairMemberId: meeting.chairMemberId === null ? '' : String(meeting.chairMemberId),
  recorderMemberId: meeting.recorderMemberId === null ? '' : String(meeting.recorderMemberId),
  customPeriod: !isDefaultPeriod(meeting),
  periodStart: meeting.periodStart,
  periodEnd: meeting.periodEnd
})

interface DetailsFormProps {
  meeting: MeetingDetail
  handle: MeetingHandle
  members: ReferenceItem[]
  onDone: (saved: boolean) => void
}

function DetailsForm({ meeting, handle, members, onDone }: DetailsFormProps) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const formRef = useRef<HTMLFormElement>(null)
  const periodName = useId()
  const busy = useRef(false)
  const [values, setValues] = useState(() => valuesOf(meeting))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<Status | null>(null)
  const set = (field: Field) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }))
  const errorFor = (field: Field) => (errors[field] ? messageText(errors[field]) : undefined)
  // Archived members stay choosable only where the meeting already names them.
  const optionsFor = (chosen: string) =>
    members.filter((m) => !m.archived || String(m.id) === chosen).map((m) => ({ value: String(m.id), label: m.name }))

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy.current) return
    busy.current = true
    const result = await handle.update({
      heldOn: values.heldOn,
      startTime: values.startTime === '' ? null : values.startTime,
      endTime: values.endTime === '' ? null : values.endTime,
      place: values.place.trim() === '' ? null : values.place,
      chairMemberId: values.chairMemberId === '' ? null : Number(values.chairMemberId),
      recorderMemberId: values.recorderMemberId === '' ? null : Number(values.recorderMemberId),
      periodStart: values.customPeriod ? values.periodStart : null,
      periodEnd: values.customPeriod ? values.periodEnd : null
    })
    busy.current = false
    if (result.ok) {
      onDone(true)
      return
    }
    const formErrors = toFormErrors(result.error)
    showErrorsAndFocus(formRef.current, () => {
      setErrors(formErrors.fieldErrors)
      const reason = Object.values(formErrors.fieldErrors).find((key) => key.startsWith('meetings.'))
      setStatus({ tone: 'error', text: reason ? messageText(reason) : t(formErrors.formMessage) })
    })
  }

  return (
    <form
      ref={formRef}
      className="meeting-form"
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onDone(false)
        }
      }}
    >
      <div className="meeting-form__row">
        <TextField className="field--date" type="date" label={t('meetings.details.heldOn')} value={values.heldOn} onChange={set('heldOn')} error={errorFor('heldOn')} required autoFocus />
        <TextField type="time" label={t('meetings.details.startTime')} value={values.startTime} onChange={set('startTime')} error={errorFor('startTime')} />
        <TextField type="time" label={t('meetings.details.endTime')} value={values.endTime} onChange={set('endTime')} error={errorFor('endTime')} />
      </div>
      <TextField className="field--wide" label={t('meetings.details.place')} value={values.place} maxLength={300} onChange={set('place')} error={errorFor('place')} />
      <div className="meeting-form__row">
        <SelectField
          label={t('meetings.details.chair')}
          placeholder={t('meetings.create.chooseMember')}
          options={optionsFor(values.chairMemberId)}
          value={values.chairMemberId}
          onChange={set('chairMemberId')}
          error={errorFor('chairMemberId')}
        />
        <SelectField
          label={t('meetings.details.recorder')}
          placeholder={t('meetings.create.chooseMember')}
          options={optionsFor(values.recorderMemberId)}
          value={values.recorderMemberId}
          onChange={set('recorderMemberId')}
          error={errorFor('recorderMemberId')}
        />
      </div>
      <fieldset className="meeting-period">
        <legend>{t('meetings.details.period')}</legend>
        <div className="radio-row">
          <label className="checkbox">
            <input type="radio" name={periodName} checked={!values.customPeriod} onChange={() => setValues((current) => ({ ...current, customPeriod: false }))} />
            {t('meetings.details.useDefaultPeriod')}
          </label>
          <label className="checkbox">
            <input type="radio" name={periodName} checked={values.customPeriod} onChange={() => setValues((current) => ({ ...current, customPeriod: true }))} />
            {t('meetings.details.useCustomPeriod')}
          </label>
        </div>
        {values.customPeriod && (
          <div className="meeting-form__row">
            <TextField className="field--date" type="date" label={t('meetings.details.periodStart')} value={values.periodStart} onChange={set('periodStart')} error={errorFor('periodStart')} />
            <TextField className="field--date" type="date" label={t('meetings.details.periodEnd')} value={values.periodEnd} onChange={set('periodEnd')} error={errorFor('periodEnd')} />
          </div>
        )}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('meetings.details.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone(false)}>
          {t('meetings.agenda.cancel')}
        </button>
        <StatusMessage status={status} />
      </div>
    </form>
  )
}
