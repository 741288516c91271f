import { useEffect, useId, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { loadWorksheetCauses, type Action } from '../../api/actions'
import { toFormErrors } from '../../api/formErrors'
import { ActionForm, type ActionFormCause } from './ActionForm'

interface EditActionDialogProps {
  action: Action
  onSaved: (action: Action) => void
  /** Closed without saving (Escape, Close or Cancel). The page puts focus back where it was. */
  onClose: () => void
}

type CausesState = { status: 'loading' } | { status: 'ready'; causes: ActionFormCause[] | undefined } | { status: 'error'; message: string }

/**
 * The action form in a modal dialog. `showModal()` makes the rest of the page inert, so Tab
 * stays inside; Escape closes it. An action on a worksheet can be moved to another of its causes,
 * so those are loaded first.
 */
export function EditActionDialog({ action, onSaved, onClose }: EditActionDialogProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const ref = useRef<HTMLDialogElement>(null)
  const worksheetId = action.worksheetId
  const [causes, setCauses] = useState<CausesState>(worksheetId === null ? { status: 'ready', causes: undefined } : { status: 'loading' })

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    // jsdom has no showModal; there the dialog is simply open.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal()
    } else {
      dialog.setAttribute('open', '')
    }
    // showModal focuses the first button (Close); the first field is where the user starts.
    dialog.querySelector<HTMLElement>('textarea, input, select')?.focus()
    return () => {
      if (dialog.open && typeof dialog.close === 'function') dialog.close()
    }
  }, [])

  useEffect(() => {
    if (worksheetId === null) return
    let current = true
    void loadWorksheetCauses(worksheetId).then((result) => {
      if (!current) return
      setCauses(result.ok ? { status: 'ready', causes: result.data } : { status: 'error', message: t(toFormErrors(result.error).formMessage) })
    })
    return () => {
      current = false
    }
  }, [worksheetId, t])

  // The browser's own Escape handling would close the <dialog> behind React's back.
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault()
    onClose()
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return // the form already cancelled
    event.preventDefault()
    onClose()
  }

  return (
    <dialog ref={ref} className="action-dialog" aria-labelledby={headingId} onCancel={onCancel} onKeyDown={onKeyDown}>
      <div className="action-dialog__header">
        <h2 id={headingId}>{t('actions.page.editHeading')}</h2>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('actions.page.close')}
        </button>
      </div>
      {causes.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {causes.status === 'error' && (
        <p className="status status--error" role="alert">
          {causes.message}
        </p>
      )}
      {causes.status !== 'loading' && (
        <ActionForm
          initial={action}
          link={{}}
          causes={causes.status === 'ready' ? causes.causes : undefined}
          onSaved={onSaved}
          onCancel={onClose}
        />
      )}
    </dialog>
  )
}
