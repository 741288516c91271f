import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultReviewPeriod } from '../../../../shared/domain/meetings'
import { createMeeting, type MeetingSummary } from '../../api/meetings'
import { toFormErrors } from '../../api/formErrors'
import { useReferenceList } from '../../api/useReferenceList'
import { showErrorsAndFocus } from '../../components/focusFirstInvalid'
import { SelectField } from '../../components/SelectField'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { useMessageText } from '../../i18n/useMessageText'
import { goToHash } from '../../router/useHashRoute'
import { meetingHref } from './meetingRoutes'
import { localToday, useFormats } from './meetingText'

interface Values {
  heldOn: string
  startTime: string
  place: string
  chairMemberId: string
  recorderMemberId: string
  customPeriod: boolean
  periodStart: string
  periodEnd: string
}

type Field = Exclude<keyof Values, 'customPeriod'>

/** The meeting before `heldOn`, as main will find it ("since the last meeting"). */
export function previousHeldOn(meetings: readonly MeetingSummary[], heldOn: string): string | null {
  return meetings.reduce<string | null>((latest, m) => (m.heldOn < heldOn && (latest === null || m.heldOn > latest) ? m.heldOn : latest), null)
}

/** Plan a meeting: when, where, who chairs and records, and which reports it reviews. */
export function NewMeetingForm({ meetings }: { meetings: readonly MeetingSummary[] }) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const formats = useFormats()
  const headingId = useId()
  const periodId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const saving = useRef(false)
  const members = useReferenceList('members', false)
  const [values, setValues] = useState<Values>(() => ({
    heldOn: localToday(),
    startTime: '',
    place: '',
    chairMemberId: '',
    recorderMemberId: '',
    customPeriod: false,
    periodStart: '',
    periodEnd: ''
  }))
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [status, setStatus] = useState<Status | null>(null)

  const validDate = /^\d{4}-\d{2}-\d{2}$/.test(values.heldOn)
  const previous = validDate ? previousHeldOn(meetings, values.heldOn) : null
  const period = validDate ? defaultReviewPeriod(values.heldOn, previous) : null
  const memberOptions = members.state.status === 'ready' ? members.state.items.map((m) => ({ value: String(m.id), label: m.name })) : []

  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }))
  const errorFor = (field: Field) => (errors[field] ? messageText(errors[field]) : undefined)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving.current) return
    const problems: Partial<Record<Field, string>> = {}
    if (!validDate) problems.heldOn = 'validation.dateRequired'
    if (values.customPeriod && values.periodStart === '') problems.periodStart = 'validation.dateRequired'
    if (values.customPeriod && values.periodEnd === '') problems.periodEnd = 'validation.dateRequired'
    if (Object.keys(problems).length > 0) {
      showErrorsAndFocus(formRef.current, () => {
        setErrors(problems)
        setStatus({ tone: 'error', text: t('meetings.create.errorSummary') })
      })
      return
    }
    saving.current = true
    setStatus({ tone: 'success', text: t('meetings.create.creating') })
    const result = await createMeeting({
      heldOn: values.heldOn,
      startTime: values.startTime === '' ? null : values.startTime,
      place: values.place.trim() === '' ? null : values.place,
      chairMemberId: values.chairMemberId === '' ? null : Number(values.chairMemberId),
      recorderMemberId: values.recorderMemberId === '' ? null : Number(values.recorderMemberId),
      ...(values.customPeriod ? { periodStart: values.periodStart, periodEnd: values.periodEnd } : {})
    })
    saving.current = false
    if (result.ok) {
      goToHash(meetingHref(result.data.id))
      return
    }
    const formErrors = toFormErrors(result.error)
    showErrorsAndFocus(formRef.current, () => {
      setErrors(formErrors.fieldErrors as Partial<Record<Field, string>>)
      setStatus({ tone: 'error', text: t(formErrors.formMessage) })
    })
  }

  return (
    <section className="card new-meeting" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('meetings.create.heading')}</h2>
      <form ref={formRef} className="meeting-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <div className="meeting-form__row">
          <TextField
            className="field--date"
            type="date"
            label={t('meetings.create.heldOn')}
            value={values.heldOn}
            onChange={(event) => set('heldOn', event.target.value)}
            error={errorFor('heldOn')}
            required
          />
          <TextField
            type="time"
            label={t('meetings.create.startTime')}
            value={values.startTime}
            onChange={(event) => set('startTime', event.target.value)}
            error={errorFor('startTime')}
          />
        </div>
        <TextField
          label={t('meetings.create.place')}
          value={values.place}
          maxLength={300}
          onChange={(event) => set('place', event.target.value)}
          error={errorFor('place')}
          className="field--wide"
        />
        <div className="meeting-form__row">
          <SelectField
            label={t('meetings.create.chair')}
            placeholder={t('meetings.create.chooseMember')}
            options={memberOptions}
            value={values.chairMemberId}
            onChange={(event) => set('chairMemberId', event.target.value)}
            error={errorFor('chairMemberId')}
          />
          <SelectField
            label={t('meetings.create.recorder')}
            placeholder={t('meetings.create.chooseMember')}
            options={memberOptions}
            value={values.recorderMemberId}
            onChange={(event) => set('recorderMemberId', event.target.value)}
            error={errorFor('recorderMemberId')}
          />
        </div>
        {members.state.status === 'ready' && memberOptions.length === 0 && <p className="field-hint">{t('meetings.create.noMembers')}</p>}

        <fieldset className="meeting-period" aria-describedby={`${periodId}-computed`}>
          <legend>{t('meetings.create.periodHeading')}</legend>
          <p id={`${periodId}-computed`} className="meeting-period__computed">
            {period
              ? t(previous ? 'meetings.create.periodSince' : 'meetings.create.periodSinceFirst', {
                  start: formats.date(period.start),
                  end: formats.date(period.end)
                })
              : ''}
          </p>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={values.customPeriod}
              onChange={(event) => {
                const custom = event.target.checked
                setValues((current) => ({
                  ...current,
                  customPeriod: custom,
                  periodStart: current.periodStart || period?.start || '',
                  periodEnd: current.periodEnd || period?.end || ''
                }))
              }}
            />
            {t('meetings.create.choosePeriod')}
          </label>
          {values.customPeriod && (
            <div className="meeting-form__row">
              <TextField
                className="field--date"
                type="date"
                label={t('meetings.create.periodStart')}
                value={values.periodStart}
                onChange={(event) => set('periodStart', event.target.value)}
                error={errorFor('periodStart')}
              />
              <TextField
                className="field--date"
                type="date"
                label={t('meetings.create.periodEnd')}
                value={values.periodEnd}
                onChange={(event) => set('periodEnd', event.target.value)}
                error={errorFor('periodEnd')}
              />
            </div>
          )}
        </fieldset>

        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('meetings.create.submit')}
          </button>
          <StatusMessage status={status} />
        </div>
      </form>
    </section>
  )
}
