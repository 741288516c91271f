import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReferenceItem, ReferenceListKind } from '../../../../../shared/domain/referenceLists'
import { toFormErrors } from '../../../api/formErrors'
import type { ReferenceList } from '../../../api/useReferenceList'
import { showErrorsAndFocus } from '../../../components/focusFirstInvalid'
import type { Status } from '../../../components/StatusMessage'
import { ItemFields } from './ItemFields'
import { checkValues, toInput, valuesOf, type ItemValues } from './itemValues'

interface EditItemFormProps {
  kind: ReferenceListKind
  item: ReferenceItem
  update: ReferenceList['update']
  onStatus: (status: Status | null) => void
  /** Called after a successful save or a cancel; the row then returns focus to Rename. */
  onDone: () => void
}

/** Inline rename (and role or branch) in place of the row. Escape cancels, like a dialog. */
export function EditItemForm({ kind, item, update, onStatus, onDone }: EditItemFormProps) {
  const { t } = useTranslation()
  const [values, setValues] = useState<ItemValues>(() => valuesOf(item))
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({})
  const formRef = useRef<HTMLFormElement>(null)
  const nameRef = useRef<HTMLInputElement>(null)

  // Opened by the user pressing Rename, so taking focus here is expected, not a surprise.
  useEffect(() => {
    nameRef.current?.focus()
    nameRef.current?.select()
  }, [])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onStatus(null)
    const problems = checkValues(kind, values)
    if (Object.keys(problems).length > 0) {
      showErrorsAndFocus(formRef.current, () => setErrors(problems))
      return
    }
    const result = await update({ id: item.id, ...toInput(kind, values) })
    if (result.ok) {
      const renamed = result.data.name !== item.name
      onStatus({
        tone: 'success',
        text: renamed ? t('lists.renamed', { name: result.data.name }) : t('lists.savedNotice', { name: result.data.name })
      })
      onDone()
      return
    }
    const formErrors = toFormErrors(result.error)
    showErrorsAndFocus(formRef.current, () => {
      setErrors(formErrors.fieldErrors)
      onStatus({ tone: 'error', text: t(formErrors.formMessage) })
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    onStatus(null)
    onDone()
  }

  return (
    <form
      ref={formRef}
      className="item-form item-form--edit"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      onKeyDown={onKeyDown}
    >
      <ItemFields
        kind={kind}
        values={values}
        onChange={setValues}
        errors={errors}
        nameLabel={t('lists.renameLabel', { name: item.name })}
        nameRef={nameRef}
      />
      <div className="item-form__buttons">
        <button type="submit" className="button button--primary">
          {t('lists.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('lists.cancel')}
        </button>
      </div>
    </form>
  )
}
