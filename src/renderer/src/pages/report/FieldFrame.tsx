import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { LanguageWarnings, useLanguageWarnings } from './LanguageWarnings'

/** What the control inside a FieldFrame must carry so its label, hint and messages reach it. */
export interface FieldControlProps {
  id: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
  required: boolean | undefined
}

interface FieldFrameProps {
  id: string
  label: string
  required?: boolean
  hint?: string | undefined
  /** Already-translated error message. */
  error?: string | undefined
  /** Free text to check for names and blame words; leave out for fields that are not prose. */
  checkedText?: string
  knownPhrases?: readonly string[]
  className?: string
  children: (control: FieldControlProps) => ReactNode
}

/**
 * Label, hint, control, error and language warnings, in that order, the way TextField lays out a
 * field. The "required" mark sits outside the <label>, so the field's name stays exactly the
 * question ("What happened?"); the control's `required` tells assistive technology.
 */
export function FieldFrame({ id, label, required, hint, error, checkedText, knownPhrases = [], className, children }: FieldFrameProps) {
  const { t } = useTranslation()
  const warnings = useLanguageWarnings(checkedText, knownPhrases)
  const errorId = `${id}-error`
  const hintId = `${id}-hint`
  const warningsId = `${id}-warnings`
  const describedBy = [error ? errorId : null, hint ? hintId : null, warnings.length > 0 ? warningsId : null]
    .filter((part) => part !== null)
    .join(' ')
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <div className="field__label-row">
        <label htmlFor={id}>{label}</label>
        {required && (
          <span className="required-mark" aria-hidden="true">
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
      {checkedText !== undefined && <LanguageWarnings id={warningsId} warnings={warnings} />}
    </div>
  )
}
