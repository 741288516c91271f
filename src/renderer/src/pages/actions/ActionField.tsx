import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** What the control inside an ActionField must carry so its label, hint and error reach it. */
export interface ActionControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
  required: boolean | undefined
}

interface ActionFieldProps {
  id: string
  label: string
  required?: boolean
  hint?: string | undefined
  /** Already-translated error message. */
  error?: string | undefined
  className?: string
  children: (control: ActionControlProps) => ReactNode
}

/**
 * Label, hint, control and error, in that order. The "required" mark sits outside the <label>,
 * so the field's accessible name stays exactly the question ("What will change?").
 */
export function ActionField({ id, label, required, hint, error, className, children }: ActionFieldProps) {
  const { t } = useTranslation()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter((part) => part !== null).join(' ')
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <div className="field__label-row">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required-mark" aria-hidden="true">
            {t('actions.form.required')}
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {children({
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy === '' ? undefined : describedBy,
        required: required || undefined
      })}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
