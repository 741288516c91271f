import { useTranslation } from 'react-i18next'
import { useReferenceList } from '../../api/useReferenceList'
import { FieldFrame } from '../../components/FieldFrame'
import { SOMEONE_ELSE } from './actionFormValues'

interface OwnerFieldProps {
  idPrefix: string
  /** A member id, SOMEONE_ELSE, or ''. */
  owner: string
  ownerName: string
  onOwner: (owner: string) => void
  onOwnerName: (name: string) => void
  ownerError?: string | undefined
  ownerNameError?: string | undefined
}

/**
 * Who will do it: a committee member, or "Someone else…" with a typed name (the custodian's
 * supervisor, the district office). Archived members stay listed only for the action that
 * already names them.
 */
export function OwnerField({ idPrefix, owner, ownerName, onOwner, onOwnerName, ownerError, ownerNameError }: OwnerFieldProps) {
  const { t } = useTranslation()
  const members = useReferenceList('members', true)
  const items = members.state.status === 'ready' ? members.state.items : []
  const options = items
    .filter((item) => !item.archived || String(item.id) === owner)
    .map((item) => ({
      value: String(item.id),
      label: item.archived ? t('actions.form.archivedMember', { name: item.name }) : item.name
    }))
  // Until the list arrives, keep a chosen member selectable so the select does not blank out.
  const waiting = members.state.status !== 'ready' && owner !== '' && owner !== SOMEONE_ELSE

  return (
    <div className="owner-field">
      <FieldFrame id={`${idPrefix}-owner`} label={t('actions.form.owner')} required error={ownerError}>
        {(control) => (
          <select {...control} value={owner} onChange={(event) => onOwner(event.target.value)}>
            <option value="">{t('actions.form.chooseOwner')}</option>
            {waiting && <option value={owner}>{t('app.loading')}</option>}
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
            <option value={SOMEONE_ELSE}>{t('actions.form.someoneElse')}</option>
          </select>
        )}
      </FieldFrame>
      {owner === SOMEONE_ELSE && (
        <FieldFrame id={`${idPrefix}-ownerName`} label={t('actions.form.ownerName')} required error={ownerNameError}>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={300}
              autoComplete="off"
              value={ownerName}
              onChange={(event) => onOwnerName(event.target.value)}
            />
          )}
        </FieldFrame>
      )}
    </div>
  )
}
