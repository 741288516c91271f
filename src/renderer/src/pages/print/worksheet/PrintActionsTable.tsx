import { useTranslation } from 'react-i18next'
import type { WorksheetPayload } from '../../../../../shared/documents/printDocuments'
import { formatDate } from '../../../i18n/format'

type PrintAction = WorksheetPayload['worksheet']['actions'][number]

/** Every action on the worksheet as one table: what, why, how strong, who, when, and did it work. */
export function PrintActionsTable({ actions }: { actions: readonly PrintAction[] }) {
  const { t, i18n } = useTranslation()
  const none = t('worksheets.actionTable.none')
  if (actions.length === 0) return <p className="wp-none">{t('worksheets.print.noActions')}</p>
  const date = (value: string | null) => (value ? formatDate(value, i18n.language) : none)

  return (
    <table className="wp-table wp-actions">
      <thead>
        <tr>
          <th scope="col">{t('worksheets.actionTable.what')}</th>
          <th scope="col">{t('worksheets.actionTable.rootCause')}</th>
          <th scope="col">{t('worksheets.actionTable.control')}</th>
          <th scope="col">{t('worksheets.actionTable.strength')}</th>
          <th scope="col">{t('worksheets.actionTable.owner')}</th>
          <th scope="col">{t('worksheets.actionTable.due')}</th>
          <th scope="col">{t('worksheets.actionTable.measure')}</th>
          <th scope="col">{t('worksheets.actionTable.status')}</th>
          <th scope="col">{t('worksheets.actionTable.check')}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => (
          <tr key={action.id}>
            <td>{action.description}</td>
            <td>{action.causeText ?? none}</td>
            <td>{t(`actions.controlTypes.${action.controlType}`)}</td>
            <td>{t(`actions.strengths.${action.strength}`)}</td>
            <td>{action.ownerLabel ?? none}</td>
            <td className="wp-nowrap">{date(action.dueOn)}</td>
            <td>{action.successMeasure ?? none}</td>
            <td>
              {t(`actions.statuses.${action.status}`)}
              {action.status === 'dropped' && action.droppedReason ? `: ${action.droppedReason}` : ''}
            </td>
            <td>
              {action.checkedOn && action.checkResult
                ? `${t('worksheets.print.checkResult', { date: date(action.checkedOn), result: action.checkResult })} ${t(
                    action.checkEffective ? 'actions.status.lastCheckWorked' : 'actions.status.lastCheckFailed'
                  )}`
                : none}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
