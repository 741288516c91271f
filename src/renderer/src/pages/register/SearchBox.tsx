import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** How long typing must pause before the register asks main again. */
export const SEARCH_DELAY_MS = 300

interface SearchBoxProps {
  /** The search in the hash. */
  value: string
  /** Called once typing pauses (or on Enter) with the new text. */
  onCommit: (text: string) => void
}

/**
 * The register's search: full-text, prefix matching in main ("tip" finds "tipped"). Typing is
 * debounced so a fast typist does not send a query per key. The box keeps its own text while
 * the user types; when the hash changes from outside (Back, Clear filters) the box follows it.
 */
export function SearchBox({ value, onCommit }: SearchBoxProps) {
  const { t } = useTranslation()
  const inputId = useId()
  const hintId = useId()
  const [text, setText] = useState(value)
  const committed = useRef(value)
  const onCommitRef = useRef(onCommit)

  useEffect(() => {
    onCommitRef.current = onCommit
  }, [onCommit])

  useEffect(() => {
    if (value === committed.current) return
    committed.current = value
    setText(value)
  }, [value])

  useEffect(() => {
    if (text === committed.current) return
    const timer = setTimeout(() => {
      committed.current = text
      onCommitRef.current(text)
    }, SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [text])

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (text === committed.current) return
    committed.current = text
    onCommitRef.current(text)
  }

  return (
    <form role="search" className="register-search" onSubmit={onSubmit}>
      <div className="field">
        <label htmlFor={inputId}>{t('register.search.label')}</label>
        <input
          id={inputId}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={hintId}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
        <p id={hintId} className="field-hint">
          {t('register.search.hint')}
        </p>
      </div>
    </form>
  )
}
