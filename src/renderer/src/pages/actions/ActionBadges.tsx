/**
 * Small badges for an action, usable anywhere (worksheet, report page, minutes):
 *   <StrengthBadge strength="stronger" />      -> "Stronger" with three bars
 *   <ActionStatusBadge status="inProgress" />  -> "In progress"
 * The word carries the meaning; colour and the bar pattern only help the eye.
 */
import { useTranslation } from 'react-i18next'
import type { ActionStatus, ActionStrength } from '../../../../shared/domain/actions'

export function StrengthBadge({ strength }: { strength: ActionStrength }) {
  const { t } = useTranslation()
  return (
    <span className={`strength-badge strength-badge--${strength}`}>
      <span className="strength-badge__bars" aria-hidden="true">
        <span />
        <span />
        <span />
      </span>
      {t(`actions.strengths.${strength}`)}
    </span>
  )
}

export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  const { t } = useTranslation()
  return <span className={`action-status-badge action-status-badge--${status}`}>{t(`actions.statuses.${status}`)}</span>
}
