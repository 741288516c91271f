import { useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReferenceItem, ReferenceListKind } from '../../../../../shared/domain/referenceLists'
import type { UiResult } from '../../../api/client'
import { toFormErrors } from '../../../api/formErrors'
import type { ReferenceList } from '../../../api/useReferenceList'
import { showErrorsAndFocus } from '../../../components/focusFirstInvalid'
import type { Status } from '../../../components/StatusMessage'
import { ItemFields } from './ItemFields'
import { checkValues, EMPTY_VALUES, toInput, type ItemValues } from './itemValues'

interface AddItemFormProps {
  kind: ReferenceListKind
  add: ReferenceList['add']
  onStatus: (status: Status | null) => void
}

/**
 * Built for keying in a paper list fast: type, Enter, type, Enter. After each add the name is
 * cleared and focus stays in it; the branch stays chosen, as conditions often come in runs.
 */
export function AddItemForm({ kind, add, onStatus }: AddItemFormProps) {
  const { t } = useTranslation()
  const [values, setValues] = useState<ItemValues>(EMPTY_VALUES)
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const nameRef = useRef<HTMLInputElement>(null)
  const busy = useRef(false)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy.current) return
    onStatus(null)
    const problems = checkValues(kind, values)
    if (Object.keys(problems).length > 0) {
      showErrorsAndFocus(formRef.current, () => setErrors(problems))
      return
    }
    busy.current = true
    const result: UiResult<ReferenceItem> = await add(toInput(kind, values))
    busy.current = false
    if (result.ok) {
      setValues((previous) => ({ ...EMPTY_VALUES, branch: previous.branch }))
      setErrors({})
      onStatus({ tone: 'success', text: t('lists.added', { name: result.data.name }) })
      nameRef.current?.focus() // the Add button may have had focus; go back to typing
      return
    }
    const formErrors = toFormErrors(result.error)
    showErrorsAndFocus(formRef.current, () => {
      setErrors(formErrors.fieldErrors)
      onStatus({ tone: 'error', text: t(formErrors.formMessage) })
    })
  }

  return (
    <form ref={formRef} className="item-form item-form--add" noValidate onSubmit={(event) => void onSubmit(event)}>
      <ItemFields
        kind={kind}
        values={values}
        onChange={setValues}
        errors={errors}
        nameLabel={t(`lists.addName.${kind}`)}
        nameRef={nameRef}
      />
      <button type="submit" className="button button--primary">
        {t('lists.add')}
      </button>
    </form>
  )
}
