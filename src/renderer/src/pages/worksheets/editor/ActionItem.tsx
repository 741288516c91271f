import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorksheetAction } from '../../../api/useWorksheet'
import { formatDate } from '../../../i18n/format'
import { StrengthBadge } from '../../actions/ActionBadges'
import { ActionForm, type ActionFormCause } from '../../actions/ActionForm'
import { ActionStatusControls } from '../../actions/ActionStatusControls'

interface ActionItemProps {
  action: WorksheetAction
  causeChoices: ActionFormCause[]
  /** Something about the action changed: the worksheet re-reads (meter, completion problems). */
  onChanged: () => void
}

/** One action: what, control type and strength, owner, due date, measure of success, status. */
export function ActionItem({ action, causeChoices, onChanged }: ActionItemProps) {
  const { t, i18n } = useTranslation()
  const [editing, setEditing] = useState(false)
  const none = t('worksheets.actionTable.none')

  if (editing) {
    return (
      <li className="action-item action-item--editing">
        <ActionForm
          initial={action}
          link={action.worksheetId ? { worksheetId: action.worksheetId } : {}}
          causes={causeChoices}
          onSaved={() => {
            setEditing(false)
            onChanged()
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    )
  }

  return (
    <li className="action-item">
      <div className="action-item__main">
        <p className="action-item__what">{action.description}</p>
        <p className="action-item__badges">
          <span className="badge">{t(`actions.controlTypes.${action.controlType}`)}</span> <StrengthBadge strength={action.strength} />
        </p>
        <dl className="action-item__facts">
          <dt>{t('worksheets.actionTable.owner')}</dt>
          <dd>{action.ownerLabel ?? none}</dd>
          <dt>{t('worksheets.actionTable.due')}</dt>
          <dd>{action.dueOn ? formatDate(action.dueOn, i18n.language) : none}</dd>
          <dt>{t('worksheets.actionTable.measure')}</dt>
          <dd>{action.successMeasure ?? none}</dd>
        </dl>
        <button
          type="button"
          className="button button--small"
          aria-label={t('worksheets.actionTable.editFor', { action: action.description })}
          onClick={() => setEditing(true)}
        >
          {t('worksheets.actionTable.edit')}
        </button>
      </div>
      <ActionStatusControls action={action} onChanged={onChanged} onRefused={onChanged} />
    </li>
  )
}
