import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/** What the control inside a FieldFrame must carry so its label, hint and messages reach it. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
  required: boolean | undefined
}

export interface FieldFrameProps {
  id: string
  label: string
  required?: boolean
  hint?: string | undefined
  /** Already-translated error message. */
  error?: string | undefined
  className?: string
  /** Shown under the error (the report form's language warnings); `afterId` names it for aria-describedby. */
  after?: ReactNode
  afterId?: string | undefined
  children: (control: FieldControlProps) => ReactNode
}

/**
 * Label, hint, control, error and anything `after`, in that order; shared by the report and
 * action forms so every field is announced the same way. The "required" mark sits outside the
 * <label>, so the field's name stays exactly the question ("What happened?"); the control's
 * `required` tells assistive technology.
 */
export function FieldFrame({ id, label, required, hint, error, className, after, afterId, children }: FieldFrameProps) {
  const { t } = useTranslation()
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const describedBy = [error ? errorId : null, hint ? hintId : null, afterId ?? null].filter((part) => part !== null).join(' ')
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <div className="field__label-row">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required-mark" aria-hidden="true">
            {/* The same word as actions.form.required; one key keeps the two forms alike. */}
            {t('reports.hints.required')}
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
      {after}
    </div>
  )
}
