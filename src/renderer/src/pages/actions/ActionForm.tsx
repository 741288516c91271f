/**
 * Create or edit one corrective action.
 *
 * Usage (a worksheet, a report page or a dialog):
 *   <ActionForm
 *     link={{ worksheetId: 7 }}                      // where a new action belongs (ignored on edit)
 *     causes={[{ id: 3, text: 'Boxes stored above shoulder height', isRootCause: true }]}
 *     defaultCauseId={3}                             // optional: preselect for a new action
 *     initial={action}                               // optional: edit this action instead
 *     onSaved={(action) => ...}                      // the stored action, after main said ok
 *     onCancel={() => ...}                           // optional: shows Cancel; Escape calls it too
 *   />
 * Without `causes` the cause choice is hidden and an edited action keeps its cause. The form
 * focuses its first field when it opens (it appears because the user asked for it); pass
 * `autoFocus={false}` to stop that. Checks what it can before sending; main checks again.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_STRENGTHS, CONTROL_TYPES, suggestedStrength, type ActionStrength, type ControlType } from '../../../../shared/domain/actions'
import { createAction, updateAction, type Action } from '../../api/actions'
import { toFormErrors } from '../../api/formErrors'
import { showErrorsAndFocus } from '../../components/focusFirstInvalid'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { useMessageText } from '../../i18n/useMessageText'
import { FieldFrame } from '../../components/FieldFrame'
import {
  checkValues,
  fieldOfPath,
  toCreateInput,
  toUpdateInput,
  valuesOf,
  withControlType,
  type ActionFormField,
  type ActionLink,
  type ActionValues
} from './actionFormValues'
import { ChoiceGroup } from './ChoiceGroup'
import { OwnerField } from './OwnerField'

export interface ActionFormCause {
  id: number
  text: string
  isRootCause?: boolean
}

export interface ActionFormProps {
  /** The action to edit; leave out to create one. */
  initial?: Action
  /** Where a new action belongs: at least one of these. */
  link: ActionLink
  /** The worksheet's causes; when given, the form asks which one the action addresses. */
  causes?: ReadonlyArray<ActionFormCause>
  /** Preselected cause for a new action. */
  defaultCauseId?: number
  onSaved: (action: Action) => void
  onCancel?: () => void
  autoFocus?: boolean
}

export function ActionForm({ initial, link, causes, defaultCauseId, onSaved, onCancel, autoFocus = true }: ActionFormProps) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const idPrefix = useId()
  const [values, setValues] = useState<ActionValues>(() => valuesOf(initial, defaultCauseId))
  const [errors, setErrors] = useState<Partial<Record<ActionFormField, string>>>({})
  const [status, setStatus] = useState<Status | null>(null)
  const [saving, setSaving] = useState(false)
  const savingRef = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)
  const firstFieldRef = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (autoFocus) firstFieldRef.current?.focus()
  }, [autoFocus])

  const idOf = (field: ActionFormField) => `${idPrefix}-${field}`
  const errorFor = (field: ActionFormField) => {
    const key = errors[field]
    return key === undefined ? undefined : messageText(key)
  }
  const set = <K extends keyof ActionValues>(field: K, value: ActionValues[K]) =>
    setValues((previous) => ({ ...previous, [field]: value }))

  const showProblems = (problems: Partial<Record<ActionFormField, string>>, message: string) =>
    showErrorsAndFocus(formRef.current, () => {
      setErrors(problems)
      setStatus({ tone: 'error', text: message })
    })

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (savingRef.current) return
    const problems = checkValues(values)
    if (Object.keys(problems).length > 0) {
      showProblems(problems, t('actions.form.errorSummary'))
      return
    }
    savingRef.current = true
    setSaving(true)
    setStatus(null)
    const withCause = causes !== undefined
    const result = initial
      ? await updateAction(toUpdateInput(values, initial.id, withCause))
      : await createAction(toCreateInput(values, link, withCause))
    savingRef.current = false
    setSaving(false)
    if (result.ok) {
      setErrors({})
      onSaved(result.data)
      return
    }
    // Problems main found: each next to its field; one it cannot place (a missing link) on top.
    const formErrors = toFormErrors(result.error)
    const fieldProblems: Partial<Record<ActionFormField, string>> = {}
    let unplaced: string | null = null
    for (const [path, key] of Object.entries(formErrors.fieldErrors)) {
      const field = fieldOfPath(path, values)
      if (field) fieldProblems[field] ??= key
      else unplaced ??= key
    }
    showProblems(fieldProblems, unplaced ? messageText(unplaced) : t(formErrors.formMessage))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape' || !onCancel) return
    event.preventDefault()
    onCancel()
  }

  const controlType = values.controlType
  const suggested: ActionStrength | null = controlType === '' ? null : suggestedStrength(controlType)

  return (
    <form
      ref={formRef}
      className="action-form"
      noValidate
      aria-busy={saving || undefined}
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={onKeyDown}
    >
      <FieldFrame
        id={idOf('description')}
        label={t('actions.form.description')}
        hint={t('actions.form.descriptionHint')}
        required
        error={errorFor('description')}
      >
        {(control) => (
          <textarea
            {...control}
            ref={firstFieldRef}
            rows={3}
            maxLength={4000}
            value={values.description}
            onChange={(event) => set('description', event.target.value)}
          />
        )}
      </FieldFrame>

      {causes !== undefined && causes.length > 0 && (
        <FieldFrame id={idOf('causeId')} label={t('actions.form.cause')} error={errorFor('causeId')}>
          {(control) => (
            <select {...control} value={values.causeId} onChange={(event) => set('causeId', event.target.value)}>
              <option value="">{t('actions.form.noCause')}</option>
              {causes.map((cause) => (
                <option key={cause.id} value={String(cause.id)}>
                  {cause.isRootCause ? t('actions.form.rootCause', { text: cause.text }) : cause.text}
                </option>
              ))}
            </select>
          )}
        </FieldFrame>
      )}

      <ChoiceGroup<ControlType>
        id={idOf('controlType')}
        legend={t('actions.form.controlType')}
        hint={t('actions.form.controlTypeHint')}
        required
        choices={CONTROL_TYPES.map((type) => ({
          value: type,
          label: t(`actions.controlTypes.${type}`),
          hint: t(`actions.controlTypeHints.${type}`)
        }))}
        value={controlType}
        onChange={(type) => setValues((previous) => withControlType(previous, type))}
        error={errorFor('controlType')}
      />

      <ChoiceGroup<ActionStrength>
        id={idOf('strength')}
        legend={t('actions.form.strength')}
        hint={
          suggested && controlType !== ''
            ? t('actions.form.suggestedFor', {
                controlType: t(`actions.controlTypes.${controlType}`),
                strength: t(`actions.strengths.${suggested}`)
              })
            : undefined
        }
        choices={ACTION_STRENGTHS.map((strength) => ({
          value: strength,
          label: t(`actions.strengths.${strength}`),
          hint: t(`actions.strengthHints.${strength}`),
          mark: strength === suggested ? t('actions.form.suggested') : undefined
        }))}
        value={values.strength}
        onChange={(strength) => setValues((previous) => ({ ...previous, strength, strengthChosen: true }))}
        error={errorFor('strength')}
      />
      {values.strength === 'weaker' && <p className="action-form__note">{t('actions.form.weakerNote')}</p>}

      <OwnerField
        idPrefix={idPrefix}
        owner={values.owner}
        ownerName={values.ownerName}
        onOwner={(owner) => set('owner', owner)}
        onOwnerName={(name) => set('ownerName', name)}
        ownerError={errorFor('owner')}
        ownerNameError={errorFor('ownerName')}
      />

      <FieldFrame id={idOf('dueOn')} label={t('actions.form.dueOn')} required error={errorFor('dueOn')}>
        {(control) => <input {...control} type="date" value={values.dueOn} onChange={(event) => set('dueOn', event.target.value)} />}
      </FieldFrame>

      <FieldFrame
        id={idOf('successMeasure')}
        label={t('actions.form.successMeasure')}
        hint={t('actions.form.successMeasureHint')}
        required
        error={errorFor('successMeasure')}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={4000}
            value={values.successMeasure}
            onChange={(event) => set('successMeasure', event.target.value)}
          />
        )}
      </FieldFrame>

      <FieldFrame
        id={idOf('checkDueOn')}
        label={t('actions.form.checkDueOn')}
        hint={t('actions.form.checkDueOnHint')}
        error={errorFor('checkDueOn')}
      >
        {(control) => (
          <input
            {...control}
            type="date"
            min={values.dueOn || undefined}
            value={values.checkDueOn}
            onChange={(event) => set('checkDueOn', event.target.value)}
          />
        )}
      </FieldFrame>

      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {saving ? t('actions.form.saving') : t('actions.form.save')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('actions.form.cancel')}
          </button>
        )}
        <StatusMessage status={status} />
      </div>
    </form>
  )
}
