import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorksheetCause, WorksheetHandle } from '../../../api/useWorksheet'
import type { Status } from '../../../components/StatusMessage'
import { CheckedField } from '../CheckedField'
import { useErrorText } from '../useErrorText'

interface CauseRowProps {
  cause: WorksheetCause
  number: number
  branchLabel: string
  handle: WorksheetHandle
  onStatus: (status: Status | null) => void
  /** After a removal, where focus should go (the row and its buttons are gone). */
  onRemoved: () => void
}

/**
 * One cause, edited in place: its text (Enter or "Save" stores it), a "Root cause" box that
 * saves when ticked, and Remove. A root cause is bold with a ROOT tag, not only a colour.
 */
export function CauseRow({ cause, number, branchLabel, handle, onStatus, onRemoved }: CauseRowProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const [text, setText] = useState(cause.text)
  const [storedText, setStoredText] = useState(cause.text)
  const [error, setError] = useState<string | undefined>(undefined)
  // The box shows the click at once; main's answer (or refusal) then decides what stays.
  const [pendingRoot, setPendingRoot] = useState<boolean | null>(null)
  const busy = useRef(false)

  // Follow the stored text when it changes (a save here, or another window), unless mid-edit.
  if (cause.text !== storedText) {
    setStoredText(cause.text)
    if (text.trim() === storedText.trim()) setText(cause.text)
  }
  const dirty = text.trim() !== cause.text

  const run = async (call: () => ReturnType<WorksheetHandle['updateCause']>, success: string) => {
    if (busy.current) return false
    busy.current = true
    onStatus(null)
    const result = await call()
    busy.current = false
    onStatus(result.ok ? { tone: 'success', text: success } : { tone: 'error', text: errorText(result.error) })
    return result.ok
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (text.trim() === '') {
      setError(t('validation.required'))
      return
    }
    setError(undefined)
    if (!dirty) return
    await run(() => handle.updateCause({ id: cause.id, text: text.trim() }), t('worksheets.fishbone.savedCause', { text: text.trim() }))
  }

  // A cause is one line of thought: Enter saves it, as in a single-line box (Shift+Enter breaks).
  const submitOnEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey) return
    event.preventDefault()
    event.currentTarget.form?.requestSubmit()
  }

  const toggleRoot = async (isRootCause: boolean) => {
    setPendingRoot(isRootCause)
    await run(
      () => handle.updateCause({ id: cause.id, isRootCause }),
      t(isRootCause ? 'worksheets.fishbone.markedRoot' : 'worksheets.fishbone.unmarkedRoot', { text: cause.text })
    )
    setPendingRoot(null)
  }

  const remove = async () => {
    if (await run(() => handle.removeCause(cause.id), t('worksheets.fishbone.removed', { text: cause.text }))) onRemoved()
  }

  return (
    <li className={cause.isRootCause ? 'cause cause--root' : 'cause'}>
      <form className="cause__form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {cause.isRootCause && (
          <span className="root-tag" aria-hidden="true">
            {t('worksheets.fishbone.root')}
          </span>
        )}
        <CheckedField
          multiline
          rows={2}
          label={t('worksheets.fishbone.causeNumber', { number: String(number), branch: branchLabel })}
          hideLabel
          value={text}
          maxLength={300}
          error={error}
          className="cause__text"
          onChange={(event) => setText(event.target.value)}
          onKeyDown={submitOnEnter}
        />
        {dirty && (
          <button type="submit" className="button button--small button--primary" aria-label={t('worksheets.fishbone.saveItem', { text: cause.text })}>
            {t('worksheets.editor.save')}
          </button>
        )}
      </form>
      <div className="cause__controls">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={pendingRoot ?? cause.isRootCause}
            aria-label={t('worksheets.fishbone.rootCauseItem', { text: cause.text })}
            onChange={(event) => void toggleRoot(event.target.checked)}
          />
          {t('worksheets.fishbone.rootCause')}
        </label>
        <button
          type="button"
          className="button button--small"
          aria-label={t('worksheets.fishbone.removeItem', { text: cause.text })}
          onClick={() => void remove()}
        >
          {t('worksheets.fishbone.remove')}
        </button>
      </div>
    </li>
  )
}
