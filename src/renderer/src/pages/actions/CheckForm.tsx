import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ActionCheckInput } from '../../api/actions'
import { showErrorsAndFocus } from '../../components/focusFirstInvalid'
import { useMessageText } from '../../i18n/useMessageText'
import { FieldFrame } from '../../components/FieldFrame'
import { ChoiceGroup } from './ChoiceGroup'
import { todayIso } from './dates'

export type CheckField = 'checkedOn' | 'checkResult' | 'effective'

interface CheckFormProps {
  /** Field -> catalog key, from main's refusal of the last try. */
  errors: Partial<Record<CheckField, string>>
  onSave: (input: Omit<ActionCheckInput, 'id'>) => Promise<void>
  onCancel: () => void
}

/**
 * The effectiveness check: when someone looked, what they saw, and whether it worked. "Yes"
 * verifies the action; "No" sends it back to in progress. Neither answer is preselected.
 */
export function CheckForm({ errors: mainErrors, onSave, onCancel }: CheckFormProps) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const id = useId()
  const today = todayIso()
  const [checkedOn, setCheckedOn] = useState(today)
  const [checkResult, setCheckResult] = useState('')
  const [effective, setEffective] = useState<'yes' | 'no' | ''>('')
  const [localErrors, setLocalErrors] = useState<Partial<Record<CheckField, string>>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const dateRef = useRef<HTMLInputElement>(null)
  const busy = useRef(false)

  useEffect(() => dateRef.current?.focus(), [])
  useEffect(() => {
    if (Object.keys(mainErrors).length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [mainErrors])

  const errors = Object.keys(localErrors).length > 0 ? localErrors : mainErrors
  const errorFor = (field: CheckField) => (errors[field] ? messageText(errors[field]) : undefined)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy.current) return
    const problems: Partial<Record<CheckField, string>> = {}
    if (checkedOn === '') problems.checkedOn = 'actions.problem.needsCheckDate'
    else if (checkedOn > today) problems.checkedOn = 'validation.dateInFuture'
    if (checkResult.trim() === '') problems.checkResult = 'actions.problem.needsCheckResult'
    if (effective === '') problems.effective = 'actions.problem.needsEffective'
    if (Object.keys(problems).length > 0) {
      showErrorsAndFocus(formRef.current, () => setLocalErrors(problems))
      return
    }
    setLocalErrors({})
    busy.current = true
    await onSave({ checkedOn, checkResult, effective: effective === 'yes' })
    busy.current = false
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    onCancel()
  }

  return (
    <form
      ref={formRef}
      className="status-form check-form"
      noValidate
      aria-label={t('actions.status.checkHeading')}
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={onKeyDown}
    >
      <FieldFrame id={`${id}-checkedOn`} label={t('actions.status.checkedOn')} required error={errorFor('checkedOn')}>
        {(control) => (
          <input {...control} ref={dateRef} type="date" max={today} value={checkedOn} onChange={(event) => setCheckedOn(event.target.value)} />
        )}
      </FieldFrame>
      <FieldFrame id={`${id}-checkResult`} label={t('actions.status.checkResult')} required error={errorFor('checkResult')}>
        {(control) => (
          <textarea {...control} rows={2} maxLength={4000} value={checkResult} onChange={(event) => setCheckResult(event.target.value)} />
        )}
      </FieldFrame>
      <ChoiceGroup<'yes' | 'no'>
        id={`${id}-effective`}
        className="choice-group--inline"
        legend={t('actions.status.effective')}
        required
        choices={[
          { value: 'yes', label: t('actions.status.yes') },
          { value: 'no', label: t('actions.status.no') }
        ]}
        value={effective}
        onChange={setEffective}
        error={errorFor('effective')}
      />
      <div className="status-form__buttons">
        <button type="submit" className="button button--small button--primary">
          {t('actions.status.saveCheck')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('actions.status.cancel')}
        </button>
      </div>
    </form>
  )
}
