import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { REPORT_STATUSES } from '../../../../shared/domain/reportStatus'
import type { ReferenceItem, ReferenceListKind } from '../../../../shared/domain/referenceLists'
import { useReferenceList } from '../../api/useReferenceList'
import { SelectField } from '../../components/SelectField'
import { TextField } from '../../components/TextField'
import { RISK_FILTERS, type RegisterQuery } from './registerQuery'

interface RegisterFiltersProps {
  query: RegisterQuery
  onChange: (patch: Partial<RegisterQuery>) => void
}

/**
 * Status and risk as checkboxes (several at once: "high and critical"), dates, and one place,
 * hazard category and condition. Archived list entries stay choosable: old reports still use them.
 */
export function RegisterFilters({ query, onChange }: RegisterFiltersProps) {
  const { t } = useTranslation()
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list, item] : list.filter((entry) => entry !== item)

  return (
    <div className="register-filters">
      <CheckboxGroup
        legend={t('register.filters.status')}
        options={REPORT_STATUSES.map((status) => ({ value: status, label: t(`register.statuses.${status}`) }))}
        checked={query.statuses}
        onToggle={(status, on) => onChange({ statuses: toggle(query.statuses, status, on) })}
      />
      <CheckboxGroup
        legend={t('register.filters.risk')}
        options={RISK_FILTERS.map((level) => ({
          value: level,
          label: level === 'untriaged' ? t('register.untriaged') : t(`register.riskLevels.${level}`),
          swatch: level
        }))}
        checked={query.riskLevels}
        onToggle={(level, on) => onChange({ riskLevels: toggle(query.riskLevels, level, on) })}
      />
      <div className="register-filters__fields">
        <TextField
          type="date"
          label={t('register.filters.from')}
          value={query.from}
          max={query.to || undefined}
          onChange={(event) => onChange({ from: event.target.value })}
        />
        <TextField
          type="date"
          label={t('register.filters.to')}
          value={query.to}
          min={query.from || undefined}
          onChange={(event) => onChange({ to: event.target.value })}
        />
        <ListFilter
          kind="locations"
          label={t('register.filters.location')}
          anyLabel={t('register.filters.anyLocation')}
          value={query.locationId}
          onChange={(locationId) => onChange({ locationId })}
        />
        <ListFilter
          kind="categories"
          label={t('register.filters.category')}
          anyLabel={t('register.filters.anyCategory')}
          value={query.categoryId}
          onChange={(categoryId) => onChange({ categoryId })}
        />
        <ListFilter
          kind="conditions"
          label={t('register.filters.condition')}
          anyLabel={t('register.filters.anyCondition')}
          value={query.conditionId}
          onChange={(conditionId) => onChange({ conditionId })}
        />
      </div>
    </div>
  )
}

interface CheckboxGroupProps<T extends string> {
  legend: string
  options: ReadonlyArray<{ value: T; label: string; swatch?: string }>
  checked: readonly T[]
  onToggle: (value: T, on: boolean) => void
}

function CheckboxGroup<T extends string>({ legend, options, checked, onToggle }: CheckboxGroupProps<T>) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      <div className="filter-group__options">
        {options.map((option) => (
          <label key={option.value} className="checkbox filter-chip">
            <input
              type="checkbox"
              checked={checked.includes(option.value)}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            {option.swatch && <span className={`risk-swatch risk-swatch--${option.swatch}`} aria-hidden="true" />}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

interface ListFilterProps {
  kind: Exclude<ReferenceListKind, 'members'>
  label: string
  anyLabel: string
  value: number | null
  onChange: (id: number | null) => void
}

function ListFilter({ kind, label, anyLabel, value, onChange }: ListFilterProps) {
  const { t } = useTranslation()
  const selectId = useId()
  const list = useReferenceList(kind, true)
  const items: ReferenceItem[] = list.state.status === 'ready' ? list.state.items : []
  const options = items.map((item) => ({
    value: String(item.id),
    label: item.archived ? t('register.filters.archived', { name: item.name }) : item.name
  }))
  return (
    <SelectField
      id={selectId}
      label={label}
      placeholder={anyLabel}
      options={options}
      value={value === null ? '' : String(value)}
      onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
    />
  )
}
