/**
 * An action's status and the moves it may make next, as buttons.
 *
 * Usage:
 *   <ActionStatusControls
 *     action={action}
 *     onChanged={(stored) => ...}      // main's answer after a move or a check; re-read lists here
 *     onStatus={setStatus}             // optional: confirmations and refusals go to the host's
 *                                      // role="status" region (without it the controls show their own)
 *     onRefused={() => reload()}       // optional: a refusal often means it changed elsewhere
 *   />
 * The next moves come from `allowedActionStatuses`. "Verified" is never a button: a done action
 * offers "Record effectiveness check" instead (Yes verifies, No returns it to in progress).
 * "Drop…" asks why first. Badges: see ActionBadges.tsx.
 */
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { allowedActionStatuses, type ActionStatus } from '../../../../shared/domain/actions'
import { recordActionCheck, setActionStatus, type Action, type ActionCheckInput } from '../../api/actions'
import type { UiError, UiResult } from '../../api/client'
import { toFormErrors } from '../../api/formErrors'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { formatDate } from '../../i18n/format'
import { useMessageText } from '../../i18n/useMessageText'
import { ActionStatusBadge } from './ActionBadges'
import { CheckForm, type CheckField } from './CheckForm'
import { shortText } from './dates'
import { DropForm } from './DropForm'

export interface ActionStatusControlsProps {
  action: Action
  onChanged: (action: Action) => void
  onStatus?: (status: Status | null) => void
  onRefused?: () => void
}

type Mode = 'buttons' | 'drop' | 'check'
type ButtonStatus = Exclude<ActionStatus, 'verified'>

/** Forward moves first, then going back, then dropping. */
const ORDER: readonly ButtonStatus[] = ['inProgress', 'done', 'planned', 'dropped']

export function ActionStatusControls({ action, onChanged, onStatus, onRefused }: ActionStatusControlsProps) {
  const { t, i18n } = useTranslation()
  const messageText = useMessageText()
  const [mode, setMode] = useState<Mode>('buttons')
  const [ownStatus, setOwnStatus] = useState<Status | null>(null)
  const [dropError, setDropError] = useState<string | undefined>(undefined)
  const [checkErrors, setCheckErrors] = useState<Partial<Record<CheckField, string>>>({})
  const groupRef = useRef<HTMLDivElement>(null)
  const busy = useRef(false)

  const report = onStatus ?? setOwnStatus
  const name = shortText(action.description)
  const allowed = allowedActionStatuses(action.status)
  const buttons = ORDER.filter((status) => allowed.includes(status))
  const canCheck = action.status === 'done'

  /** Back to the buttons, with focus on the group, so it does not fall to the top of the page. */
  const backToButtons = () => {
    setMode('buttons')
    setDropError(undefined)
    setCheckErrors({})
    queueMicrotask(() => groupRef.current?.focus())
  }

  /** A refusal: the reason in words; a move that is no longer possible also re-reads the action. */
  const refused = (error: UiError): Record<string, string> => {
    const { fieldErrors, formMessage } = toFormErrors(error)
    const statusKey = fieldErrors.status
    report({ tone: 'error', text: statusKey ? messageText(statusKey) : t(formMessage) })
    if (statusKey || error.code === 'CONFLICT' || error.code === 'NOT_FOUND') onRefused?.()
    return fieldErrors
  }

  const run = async (call: () => Promise<UiResult<Action>>, success: (stored: Action) => string): Promise<Record<string, string> | null> => {
    if (busy.current) return null
    busy.current = true
    report(null)
    const result = await call()
    busy.current = false
    if (!result.ok) return refused(result.error)
    report({ tone: 'success', text: success(result.data) })
    onChanged(result.data)
    backToButtons()
    return null
  }

  const changedText = (stored: Action) => t('actions.status.changed', { action: name, status: t(`actions.statuses.${stored.status}`) })

  const move = (status: ButtonStatus) => {
    if (status === 'dropped') {
      report(null)
      setMode('drop')
      return
    }
    void run(() => setActionStatus({ id: action.id, status }), changedText)
  }

  const drop = async (reason: string) => {
    const errors = await run(() => setActionStatus({ id: action.id, status: 'dropped', droppedReason: reason }), changedText)
    if (errors?.droppedReason) setDropError(messageText(errors.droppedReason))
  }

  const check = async (input: Omit<ActionCheckInput, 'id'>) => {
    const errors = await run(
      () => recordActionCheck({ ...input, id: action.id }),
      (stored) => t(stored.status === 'verified' ? 'actions.status.verified' : 'actions.status.notEffective', { action: name })
    )
    if (errors) {
      const { checkedOn, checkResult, effective } = errors
      setCheckErrors({ ...(checkedOn ? { checkedOn } : {}), ...(checkResult ? { checkResult } : {}), ...(effective ? { effective } : {}) })
    }
  }

  return (
    <div
      ref={groupRef}
      className="status-controls"
      role="group"
      aria-label={t('actions.status.groupLabel', { action: name })}
      tabIndex={-1}
    >
      <p className="status-controls__current">
        <span className="visually-hidden">{t('actions.status.label')} </span>
        <ActionStatusBadge status={action.status} />
      </p>
      <StatusFacts action={action} locale={i18n.language} />
      {mode === 'buttons' && (buttons.length > 0 || canCheck) && (
        <div className="status-controls__buttons">
          {canCheck && (
            <button
              type="button"
              className="button button--small button--primary"
              aria-label={t('actions.status.recordCheckFor', { action: name })}
              onClick={() => {
                report(null)
                setMode('check')
              }}
            >
              {t('actions.status.recordCheck')}
            </button>
          )}
          {buttons.map((status) => (
            <button
              key={status}
              type="button"
              className="button button--small"
              aria-label={t(`actions.status.toFor.${status}`, { action: name })}
              onClick={() => move(status)}
            >
              {t(`actions.status.to.${status}`)}
            </button>
          ))}
        </div>
      )}
      {mode === 'drop' && <DropForm error={dropError} onDrop={drop} onCancel={backToButtons} />}
      {mode === 'check' && <CheckForm errors={checkErrors} onSave={check} onCancel={backToButtons} />}
      {!onStatus && <StatusMessage status={ownStatus} className="status-controls__message" />}
    </div>
  )
}

/** What the last check found, or why it was dropped: the reason the status is what it is. */
function StatusFacts({ action, locale }: { action: Action; locale: string }) {
  const { t } = useTranslation()
  if (action.status === 'dropped' && action.droppedReason) {
    return <p className="status-controls__facts">{t('actions.status.droppedBecause', { reason: action.droppedReason })}</p>
  }
  if (action.checkedOn && action.checkResult && action.status !== 'planned') {
    return (
      <p className="status-controls__facts">
        {t('actions.status.lastCheck', { date: formatDate(action.checkedOn, locale), result: action.checkResult })}{' '}
        {t(action.checkEffective ? 'actions.status.lastCheckWorked' : 'actions.status.lastCheckFailed')}
      </p>
    )
  }
  return null
}
