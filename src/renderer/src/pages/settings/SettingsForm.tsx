import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppSettings } from '../../../../shared/domain/settings'
import { toFormErrors } from '../../api/formErrors'
import { useSettings } from '../../api/useSettings'
import { showErrorsAndFocus } from '../../components/focusFirstInvalid'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { TextField } from '../../components/TextField'
import { useMessageText } from '../../i18n/useMessageText'

type FieldName = 'schoolName' | 'committeeName' | 'minutesRetentionYears'

interface Draft {
  schoolName: string
  committeeName: string
  minutesRetentionYears: string
}

const toDraft = (settings: AppSettings): Draft => ({
  schoolName: settings.schoolName,
  committeeName: settings.committeeName,
  minutesRetentionYears: String(settings.minutesRetentionYears)
})

/** Blank is not zero: send NaN so main answers with the "whole number of years" message. */
const parseYears = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text))

export function SettingsForm({ settings }: { settings: AppSettings }) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const { save } = useSettings()
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings))
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({})
  const [status, setStatus] = useState<Status | null>(null)
  const saving = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving.current) return
    saving.current = true
    setStatus(null)
    const result = await save({
      schoolName: draft.schoolName,
      committeeName: draft.committeeName,
      minutesRetentionYears: parseYears(draft.minutesRetentionYears)
    })
    saving.current = false
    if (result.ok) {
      setDraft(toDraft(result.data)) // show what was stored (trimmed)
      setFieldErrors({})
      setStatus({ tone: 'success', text: t('settings.saved') })
      return
    }
    const errors = toFormErrors(result.error)
    showErrorsAndFocus(formRef.current, () => {
      setFieldErrors(errors.fieldErrors)
      setStatus({ tone: 'error', text: t(errors.formMessage) })
    })
  }

  const errorFor = (name: FieldName) => {
    const key = fieldErrors[name]
    return key === undefined ? undefined : messageText(key)
  }
  const change = (name: FieldName) => (event: { target: { value: string } }) =>
    setDraft((previous) => ({ ...previous, [name]: event.target.value }))

  return (
    <form ref={formRef} className="settings-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <TextField
        label={t('settings.schoolName')}
        value={draft.schoolName}
        onChange={change('schoolName')}
        error={errorFor('schoolName')}
        autoComplete="organization"
      />
      <TextField
        label={t('settings.committeeName')}
        value={draft.committeeName}
        onChange={change('committeeName')}
        error={errorFor('committeeName')}
        required
      />
      <TextField
        className="field--short"
        label={t('settings.retentionYears')}
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        step={1}
        value={draft.minutesRetentionYears}
        onChange={change('minutesRetentionYears')}
        error={errorFor('minutesRetentionYears')}
        required
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('settings.save')}
        </button>
        <StatusMessage status={status} />
      </div>
    </form>
  )
}
