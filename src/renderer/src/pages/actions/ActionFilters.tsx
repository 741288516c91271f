import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ACTION_STATUSES, ACTION_STRENGTHS } from '../../../../shared/domain/actions'
import type { ActionListRow } from '../../api/actions'
import { useReferenceList } from '../../api/useReferenceList'
import { SelectField } from '../../components/SelectField'
import { ACTION_BUCKETS, memberOwner, namedOwner, type ActionsQuery } from './actionsQuery'

interface ActionFiltersProps {
  query: ActionsQuery
  /** Every action (unfiltered): typed-in owners are offered only if some action names them. */
  allRows: readonly ActionListRow[]
  onChange: (patch: Partial<ActionsQuery>) => void
}

/** Owner, when (the tiles' buckets and more), status and strength. Several statuses at once: "planned and in progress". */
export function ActionFilters({ query, allRows, onChange }: ActionFiltersProps) {
  const { t } = useTranslation()
  const ownerId = useId()
  const bucketId = useId()
  const members = useReferenceList('members', true)
  const memberOptions = (members.state.status === 'ready' ? members.state.items : [])
    .filter((member) => !member.archived || allRows.some((row) => row.ownerMemberId === member.id) || query.owner === memberOwner(member.id))
    .map((member) => ({
      value: memberOwner(member.id),
      label: member.archived ? t('actions.form.archivedMember', { name: member.name }) : member.name
    }))
  const names = [...new Set(allRows.filter((row) => row.ownerMemberId === null && row.ownerName).map((row) => row.ownerName!))]
  if (query.owner.startsWith('n') && !names.includes(query.owner.slice(1))) names.push(query.owner.slice(1))
  const nameOptions = names.sort((a, b) => a.localeCompare(b)).map((name) => ({ value: namedOwner(name), label: name }))

  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((entry) => entry !== item))

  return (
    <div className="action-filters">
      <div className="action-filters__fields">
        <SelectField
          id={ownerId}
          label={t('actions.page.owner')}
          placeholder={t('actions.page.anyOwner')}
          options={[...memberOptions, ...nameOptions]}
          value={query.owner}
          onChange={(event) => onChange({ owner: event.target.value })}
        />
        <SelectField
          id={bucketId}
          label={t('actions.page.bucket')}
          placeholder={t('actions.page.anyBucket')}
          options={ACTION_BUCKETS.map((bucket) => ({ value: bucket, label: t(`actions.page.buckets.${bucket}`) }))}
          value={query.bucket}
          onChange={(event) => onChange({ bucket: event.target.value as ActionsQuery['bucket'] })}
        />
      </div>
      <CheckboxGroup
        legend={t('actions.page.status')}
        options={ACTION_STATUSES.map((status) => ({ value: status, label: t(`actions.statuses.${status}`) }))}
        checked={query.statuses}
        onToggle={(status, on) => onChange({ statuses: toggle(query.statuses, status, on) })}
      />
      <CheckboxGroup
        legend={t('actions.page.strength')}
        options={ACTION_STRENGTHS.map((strength) => ({ value: strength, label: t(`actions.strengths.${strength}`) }))}
        checked={query.strengths}
        onToggle={(strength, on) => onChange({ strengths: toggle(query.strengths, strength, on) })}
      />
    </div>
  )
}

interface CheckboxGroupProps<T extends string> {
  legend: string
  options: ReadonlyArray<{ value: T; label: string }>
  checked: readonly T[]
  onToggle: (value: T, on: boolean) => void
}

function CheckboxGroup<T extends string>({ legend, options, checked, onToggle }: CheckboxGroupProps<T>) {
  return (
    <fieldset className="action-filters__group">
      <legend>{legend}</legend>
      <div className="action-filters__options">
        {options.map((option) => (
          <label key={option.value} className="checkbox action-filters__chip">
            <input type="checkbox" checked={checked.includes(option.value)} onChange={(event) => onToggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
