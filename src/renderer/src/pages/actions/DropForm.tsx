import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { FieldFrame } from '../../components/FieldFrame'

interface DropFormProps {
  /** Already-translated error from main, if the last try was refused. */
  error?: string | undefined
  onDrop: (reason: string) => Promise<void>
  onCancel: () => void
}

/** "Why is it dropped?" before an action is dropped: the minutes must say why. */
export function DropForm({ error, onDrop, onCancel }: DropFormProps) {
  const { t } = useTranslation()
  const id = useId()
  const [reason, setReason] = useState('')
  const [localError, setLocalError] = useState<string | undefined>(undefined)
  const ref = useRef<HTMLTextAreaElement>(null)
  const busy = useRef(false)

  useEffect(() => ref.current?.focus(), [])
  useEffect(() => {
    if (error) ref.current?.focus()
  }, [error])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy.current) return
    if (reason.trim() === '') {
      setLocalError(t('actions.problem.needsDropReason'))
      ref.current?.focus()
      return
    }
    setLocalError(undefined)
    busy.current = true
    await onDrop(reason)
    busy.current = false
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return
    event.preventDefault()
    event.stopPropagation()
    onCancel()
  }

  return (
    <form className="status-form" noValidate onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown}>
      <FieldFrame id={`${id}-reason`} label={t('actions.status.dropReason')} required error={localError ?? error}>
        {(control) => <textarea {...control} ref={ref} rows={2} maxLength={4000} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </FieldFrame>
      <div className="status-form__buttons">
        <button type="submit" className="button button--small button--primary">
          {t('actions.status.dropConfirm')}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          {t('actions.status.cancel')}
        </button>
      </div>
    </form>
  )
}
