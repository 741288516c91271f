import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { FISHBONE_BRANCHES, type FishboneBranch, type ReferenceListKind } from '../../../../../shared/domain/referenceLists'
import { SelectField } from '../../../components/SelectField'
import { TextField } from '../../../components/TextField'
import { useMessageText } from '../../../i18n/useMessageText'
import type { ItemField, ItemValues } from './itemValues'

interface ItemFieldsProps {
  kind: ReferenceListKind
  values: ItemValues
  onChange: (values: ItemValues) => void
  /** Field -> catalog key. */
  errors: Partial<Record<string, string>>
  nameLabel: string
  /** The add form keeps focus in the name field after each add. */
  nameRef?: Ref<HTMLInputElement>
}

/** The fields shared by the add form and the inline rename form: name, plus role or branch. */
export function ItemFields({ kind, values, onChange, errors, nameLabel, nameRef }: ItemFieldsProps) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const errorFor = (field: ItemField) => {
    const key = errors[field]
    return key === undefined ? undefined : messageText(key)
  }
  const branchOptions = FISHBONE_BRANCHES.map((branch) => ({ value: branch, label: t(`branches.${branch}`) }))

  return (
    <>
      <TextField
        ref={nameRef}
        className="field--grow"
        label={nameLabel}
        value={values.name}
        onChange={(event) => onChange({ ...values, name: event.target.value })}
        error={errorFor('name')}
        autoComplete="off"
        required
      />
      {kind === 'members' && (
        <TextField
          label={t('lists.detail')}
          value={values.detail}
          onChange={(event) => onChange({ ...values, detail: event.target.value })}
          error={errorFor('detail')}
          autoComplete="off"
        />
      )}
      {kind === 'conditions' && (
        <SelectField
          label={t('lists.branch')}
          placeholder={t('lists.chooseBranch')}
          options={branchOptions}
          value={values.branch}
          onChange={(event) => onChange({ ...values, branch: event.target.value as FishboneBranch | '' })}
          error={errorFor('branch')}
          required
        />
      )}
    </>
  )
}
