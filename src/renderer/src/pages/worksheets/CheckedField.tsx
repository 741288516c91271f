import { createContext, useContext, useId, useMemo, type InputHTMLAttributes, type Ref, type TextareaHTMLAttributes } from 'react'
import { useReferenceList } from '../../api/useReferenceList'
import { LanguageWarnings, useLanguageWarnings } from '../report/LanguageWarnings'

/**
 * The school's own place names ("North Gym") look like people's names to the checker; the
 * worksheet editor reads them once and every checked field below it uses them.
 */
const KnownPhrasesContext = createContext<readonly string[]>([])

export function useKnownPhrasesList(): readonly string[] {
  const { state } = useReferenceList('locations', true)
  const items = state.status === 'ready' ? state.items : null
  return useMemo(() => items?.map((item) => item.name) ?? [], [items])
}

export const KnownPhrasesProvider = KnownPhrasesContext.Provider

interface CommonProps {
  label: string
  hint?: string | undefined
  /** Already translated. */
  error?: string | undefined
  /** Keep the label for screen readers only (a cause in a list, whose branch heading says enough). */
  hideLabel?: boolean
  className?: string
}

type TextAreaProps = CommonProps & { multiline: true; ref?: Ref<HTMLTextAreaElement> } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'aria-invalid' | 'aria-describedby' | 'className'> & { value: string }
type InputProps = CommonProps & { multiline?: false; ref?: Ref<HTMLInputElement> } & Omit<InputHTMLAttributes<HTMLInputElement>, 'aria-invalid' | 'aria-describedby' | 'className'> & { value: string }

/**
 * A labelled text field whose words are checked for blame and names as they are typed (the
 * intake form's warnings, reused): the worksheet asks what made a near miss possible, never who.
 * Warnings nudge, they never block saving.
 */
export function CheckedField(props: TextAreaProps | InputProps) {
  const { label, hint, error, hideLabel, className, id, value } = props
  const generatedId = useId()
  const fieldId = id ?? generatedId
  const known = useContext(KnownPhrasesContext)
  const warnings = useLanguageWarnings(value, known)
  const hintId = `${fieldId}-hint`
  const errorId = `${fieldId}-error`
  const warningsId = `${fieldId}-warnings`
  const describedBy = [error ? errorId : '', hint ? hintId : '', warnings.length > 0 ? warningsId : ''].filter(Boolean).join(' ') || undefined
  const shared = { id: fieldId, 'aria-invalid': error ? (true as const) : undefined, 'aria-describedby': describedBy }

  let control
  if (props.multiline) {
    const { label: _l, hint: _h, error: _e, hideLabel: _hl, className: _c, multiline: _m, ...rest } = props
    control = <textarea rows={3} {...rest} {...shared} />
  } else {
    const { label: _l, hint: _h, error: _e, hideLabel: _hl, className: _c, multiline: _m, ...rest } = props
    control = <input type="text" {...rest} {...shared} />
  }

  return (
    <div className={`field checked-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={fieldId} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {control}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <LanguageWarnings id={warningsId} warnings={warnings} />
    </div>
  )
}
