import { useTranslation } from 'react-i18next'

export interface Choice<T extends string> {
  value: T
  label: string
  /** One line under the label, tied to the radio with aria-describedby. */
  hint?: string
  /** A short mark after the label ("suggested"); also read out with the hint. */
  mark?: string | undefined
}

interface ChoiceGroupProps<T extends string> {
  id: string
  legend: string
  /** Says something about the whole group (under the legend). */
  hint?: string | undefined
  choices: ReadonlyArray<Choice<T>>
  value: T | ''
  onChange: (value: T) => void
  required?: boolean
  /** Already-translated error message. */
  error?: string | undefined
  className?: string
}

/**
 * A radio group in a fieldset. Each radio's accessible name is only its label ("Engineering"),
 * so it is easy to find and say; the explanation and any mark are its description.
 */
export function ChoiceGroup<T extends string>({ id, legend, hint, choices, value, onChange, required, error, className }: ChoiceGroupProps<T>) {
  const { t } = useTranslation()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  return (
    <fieldset id={id} className={className ? `choice-group ${className}` : 'choice-group'}>
      <legend>
        {legend}
        {required && (
          <span className="required-mark" aria-hidden="true">
            {t('actions.form.required')}
          </span>
        )}
      </legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="choice-group__options">
        {choices.map((choice) => {
          const radioId = `${id}-${choice.value}`
          const describedBy = [
            error ? errorId : null,
            choice.hint || choice.mark ? `${radioId}-hint` : null,
            hint ? hintId : null
          ]
            .filter((part) => part !== null)
            .join(' ')
          return (
            <div key={choice.value} className={choice.value === value ? 'choice choice--checked' : 'choice'}>
              <input
                type="radio"
                id={radioId}
                name={id}
                value={choice.value}
                checked={choice.value === value}
                onChange={() => onChange(choice.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy === '' ? undefined : describedBy}
                required={required || undefined}
              />
              <label htmlFor={radioId} className="choice__label">
                {choice.label}
              </label>
              {(choice.hint || choice.mark) && (
                <span id={`${radioId}-hint`} className="choice__hint">
                  {choice.mark && <span className="suggested-mark">{choice.mark}</span>}
                  {choice.mark && choice.hint ? ' ' : ''}
                  {choice.hint}
                </span>
              )}
            </div>
          )
        })}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
