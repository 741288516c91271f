import { useTranslation } from 'react-i18next'
import { FISHBONE_BRANCHES, type ReferenceItem } from '../../../../shared/domain/referenceLists'

interface ConditionChipsProps {
  id: string
  legend: string
  hint: string
  conditions: readonly ReferenceItem[]
  selected: readonly number[]
  onChange: (selected: number[]) => void
  error?: string | undefined
}

/**
 * Contributing conditions as real checkboxes styled as chips, one group per fishbone branch.
 * Checkboxes rather than a custom listbox: Tab and Space work as everywhere else, and screen
 * readers say "checked" without any ARIA of ours.
 */
export function ConditionChips({ id, legend, hint, conditions, selected, onChange, error }: ConditionChipsProps) {
  const { t } = useTranslation()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const toggle = (conditionId: number, checked: boolean) =>
    onChange(checked ? [...selected, conditionId] : selected.filter((other) => other !== conditionId))

  const groups: Array<{ key: string; label: string; items: ReferenceItem[] }> = FISHBONE_BRANCHES.map((branch) => ({
    key: branch,
    label: t(`branches.${branch}`),
    items: conditions.filter((condition) => condition.branch === branch)
  }))
  // Conditions always have a branch; this only keeps a damaged row selectable.
  const unbranched = conditions.filter((condition) => condition.branch === null)
  if (unbranched.length > 0) groups.push({ key: 'none', label: legend, items: unbranched })

  return (
    <fieldset id={id} className="field chips" aria-describedby={error ? `${errorId} ${hintId}` : hintId}>
      <legend>{legend}</legend>
      <p id={hintId} className="field-hint">
        {hint}
      </p>
      <div className="chips__groups">
        {groups
          .filter((group) => group.items.length > 0)
          .map((group, index) => (
            <fieldset key={`${group.key}-${index}`} className="chips__group">
              <legend className="chips__group-label">{group.label}</legend>
              <ul className="chips__list">
                {group.items.map((condition) => {
                  const checked = selected.includes(condition.id)
                  return (
                    <li key={condition.id}>
                      <label className={checked ? 'chip chip--checked' : 'chip'}>
                        <input
                          type="checkbox"
                          checked={checked}
                          aria-invalid={error && checked ? true : undefined}
                          onChange={(event) => toggle(condition.id, event.target.checked)}
                        />
                        <span>{condition.name}</span>
                      </label>
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
