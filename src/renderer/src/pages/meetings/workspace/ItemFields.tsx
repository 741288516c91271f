import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { UiResult } from '../../../api/client'
import { TextField } from '../../../components/TextField'
import { showErrorsAndFocus } from '../../../components/focusFirstInvalid'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { useErrorText } from '../meetingText'

export interface ItemFieldValues {
  title: string
  presenter: string
  minutesAllotted: string
}

export interface ItemFieldsInput {
  title: string
  presenter: string | null
  minutesAllotted: number | null
}

interface ItemFieldsFormProps {
  initial: ItemFieldValues
  submitLabel: string
  onSubmit: (input: ItemFieldsInput) => Promise<UiResult<unknown>>
  /** After main said ok; the form clears itself when there is no onCancel (the "Add" form). */
  onDone: (input: ItemFieldsInput) => void
  onCancel?: () => void
  autoFocus?: boolean
  className?: string
}

const parseMinutes = (text: string): number | null | 'invalid' => {
  if (text.trim() === '') return null
  const value = Number(text)
  return Number.isInteger(value) && value >= 0 && value <= 600 ? value : 'invalid'
}

/** Title, presenter and minutes allotted: to add an item or to retitle one. */
export function ItemFieldsForm({ initial, submitLabel, onSubmit, onDone, onCancel, autoFocus, className }: ItemFieldsFormProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const formRef = useRef<HTMLFormElement>(null)
  const busy = useRef(false)
  const [values, setValues] = useState(initial)
  const [errors, setErrors] = useState<Partial<Record<keyof ItemFieldValues, string>>>({})
  const [status, setStatus] = useState<Status | null>(null)
  const set = (field: keyof ItemFieldValues) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }))

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy.current) return
    const minutes = parseMinutes(values.minutesAllotted)
    const problems: Partial<Record<keyof ItemFieldValues, string>> = {}
    if (values.title.trim() === '') problems.title = t('meetings.problem.needsTitle')
    if (minutes === 'invalid') problems.minutesAllotted = t('meetings.problem.minutesRange')
    if (Object.keys(problems).length > 0 || minutes === 'invalid') {
      showErrorsAndFocus(formRef.current, () => setErrors(problems))
      return
    }
    busy.current = true
    const input = { title: values.title, presenter: values.presenter.trim() === '' ? null : values.presenter, minutesAllotted: minutes }
    const result = await onSubmit(input)
    busy.current = false
    if (!result.ok) {
      setStatus({ tone: 'error', text: errorText(result.error) })
      return
    }
    setErrors({})
    setStatus(null)
    if (!onCancel) setValues(initial)
    onDone(input)
  }

  return (
    <form
      ref={formRef}
      className={`item-fields-form${className ? ` ${className}` : ''}`}
      noValidate
      onSubmit={(event) => void submit(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel) {
          event.preventDefault()
          onCancel()
        }
      }}
    >
      <TextField
        className="field--grow"
        label={t('meetings.agenda.title')}
        value={values.title}
        maxLength={300}
        required
        autoFocus={autoFocus}
        onChange={set('title')}
        error={errors.title}
      />
      <TextField label={t('meetings.agenda.presenter')} value={values.presenter} maxLength={300} onChange={set('presenter')} error={errors.presenter} />
      <TextField
        className="field--short"
        type="number"
        inputMode="numeric"
        min={0}
        max={600}
        step={1}
        label={t('meetings.agenda.minutesAllotted')}
        value={values.minutesAllotted}
        onChange={set('minutesAllotted')}
        error={errors.minutesAllotted}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('meetings.agenda.cancel')}
          </button>
        )}
        <StatusMessage status={status} />
      </div>
    </form>
  )
}
