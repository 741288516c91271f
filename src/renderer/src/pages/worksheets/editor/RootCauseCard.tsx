import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorksheetAction, WorksheetCause, WorksheetHandle } from '../../../api/useWorksheet'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { ActionForm, type ActionFormCause } from '../../actions/ActionForm'
import { CheckedField } from '../CheckedField'
import { useErrorText } from '../useErrorText'
import { ActionItem } from './ActionItem'
import { StrengthMeter } from './StrengthMeter'

interface RootCauseCardProps {
  worksheetId: number
  cause: WorksheetCause
  actions: WorksheetAction[]
  causeChoices: ActionFormCause[]
  handle: WorksheetHandle
}

/** The anchor a completion problem links to. */
export const rootCauseAnchor = (causeId: number) => `root-cause-${causeId}`

/**
 * One root cause: its statement, the strength of what addresses it (with the weak-only warning
 * DOMAIN.md asks for), its actions with their status controls, "Add an action", and the
 * "No action needed because…" reason.
 */
export function RootCauseCard({ worksheetId, cause, actions, causeChoices, handle }: RootCauseCardProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const headingId = useId()
  const actionsHeadingId = useId()
  const [statement, setStatement] = useState(cause.statement ?? '')
  const [reason, setReason] = useState(cause.noActionReason ?? '')
  const [status, setStatus] = useState<Status | null>(null)
  const [adding, setAdding] = useState(false)
  const [focusAdd, setFocusAdd] = useState(false)
  const addButtonRef = useRef<HTMLButtonElement>(null)
  const dirty = statement.trim() !== (cause.statement ?? '') || reason.trim() !== (cause.noActionReason ?? '')

  useEffect(() => {
    if (!focusAdd) return
    addButtonRef.current?.focus()
    setFocusAdd(false)
  }, [focusAdd])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setStatus(null)
    const result = await handle.updateCause({ id: cause.id, statement, noActionReason: reason })
    if (!result.ok) {
      setStatus({ tone: 'error', text: errorText(result.error) })
      return
    }
    const stored = result.data.causes.find((c) => c.id === cause.id)
    setStatement(stored?.statement ?? '')
    setReason(stored?.noActionReason ?? '')
    setStatus({ tone: 'success', text: t('worksheets.roots.saved', { text: cause.text }) })
  }

  const closeForm = (message: Status | null) => {
    setAdding(false)
    setStatus(message)
    setFocusAdd(true)
  }

  return (
    <article id={rootCauseAnchor(cause.id)} className="root-cause" aria-labelledby={headingId} tabIndex={-1}>
      <h3 id={headingId} className="root-cause__heading">
        <span className="root-tag">{t('worksheets.fishbone.root')}</span> {cause.text}
      </h3>
      <p className="root-cause__branch">{t('worksheets.roots.branch', { branch: t(`branches.${cause.branch}`) })}</p>
      <StrengthMeter coverage={cause.coverage} />
      <div aria-live="polite">
        {cause.coverage === 'weakOnly' && (
          <p className="weak-warning">
            <strong>{t('worksheets.roots.weakOnlyLead')}</strong> {t('worksheets.roots.weakOnly')}
          </p>
        )}
      </div>

      <form noValidate onSubmit={(event) => void onSubmit(event)} className="root-cause__form">
        <CheckedField
          multiline
          label={t('worksheets.roots.statement')}
          hint={t('worksheets.roots.statementHint')}
          value={statement}
          rows={2}
          maxLength={4000}
          onChange={(event) => setStatement(event.target.value)}
        />
        <CheckedField
          multiline
          label={t('worksheets.roots.noActionReason')}
          hint={t('worksheets.roots.noActionHint')}
          value={reason}
          rows={2}
          maxLength={4000}
          onChange={(event) => setReason(event.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="button" aria-label={t('worksheets.roots.saveItem', { text: cause.text })}>
            {t('worksheets.roots.save')}
          </button>
          {dirty && <span className="unsaved">{t('worksheets.editor.unsaved')}</span>}
        </div>
      </form>

      <section aria-labelledby={actionsHeadingId} className="root-cause__actions">
        <h4 id={actionsHeadingId}>{t('worksheets.roots.actionsHeading')}</h4>
        {actions.length === 0 ? (
          <p className="empty">{t('worksheets.roots.noActions')}</p>
        ) : (
          <ul className="action-items">
            {actions.map((action) => (
              <ActionItem key={action.id} action={action} causeChoices={causeChoices} onChanged={() => void handle.reload()} />
            ))}
          </ul>
        )}
        {adding ? (
          <div className="action-form-panel">
            <ActionForm
              link={{ worksheetId }}
              causes={causeChoices}
              defaultCauseId={cause.id}
              onSaved={() => {
                void handle.reload()
                closeForm({ tone: 'success', text: t('worksheets.roots.actionAdded') })
              }}
              onCancel={() => closeForm(null)}
            />
          </div>
        ) : (
          <button
            ref={addButtonRef}
            type="button"
            className="button"
            aria-label={t('worksheets.roots.addActionFor', { text: cause.text })}
            onClick={() => {
              setStatus(null)
              setAdding(true)
            }}
          >
            {t('worksheets.roots.addAction')}
          </button>
        )}
      </section>
      <StatusMessage status={status} />
    </article>
  )
}
