import { useTranslation } from 'react-i18next'
import type { Action, ActionListRow } from '../../api/actions'
import type { Status } from '../../components/StatusMessage'
import { StrengthBadge } from './ActionBadges'
import { ActionStatusControls } from './ActionStatusControls'
import { shortText } from './dates'
import { DueText } from './DueText'

/** Links to the records an action belongs to (their pages are `#/worksheets/<id>` and `#/reports/<id>`). */
export const worksheetLink = (id: number): string => `#/worksheets/${id}`
export const reportLink = (id: number): string => `#/reports/${id}`

interface ActionTableProps {
  rows: readonly ActionListRow[]
  today: string
  busy: boolean
  onEdit: (row: ActionListRow, trigger: HTMLButtonElement) => void
  onChanged: (action: Action) => void
  onRefused: () => void
  onStatus: (status: Status | null) => void
}

/**
 * Every action matching the filters. Status moves happen in the row (ActionStatusControls);
 * Edit opens the action form. Per-row buttons keep short visible text with the action named in
 * their accessible name ("Edit: Move the heavy boxes…").
 */
export function ActionTable({ rows, today, busy, onEdit, onChanged, onRefused, onStatus }: ActionTableProps) {
  const { t } = useTranslation()
  return (
    <div className="table-scroll">
      <table className="action-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{t('actions.page.table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="col-what">{t('actions.page.table.what')}</th>
            <th scope="col" className="col-owner">{t('actions.page.table.owner')}</th>
            <th scope="col" className="col-due">{t('actions.page.table.due')}</th>
            <th scope="col" className="col-strength">{t('actions.page.table.strength')}</th>
            <th scope="col" className="col-status">{t('actions.page.table.status')}</th>
            <th scope="col" className="col-linked">{t('actions.page.table.linked')}</th>
            <th scope="col" className="col-edit">
              <span className="visually-hidden">{t('actions.page.table.edit')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={`action-row action-row--${row.bucket}`}>
              <th scope="row" className="col-what">
                <span className="action-row__description">{row.description}</span>
                {row.causeText && <span className="action-row__cause">{t('actions.page.table.cause', { text: row.causeText })}</span>}
              </th>
              <td className="col-owner">{row.ownerLabel ?? t('actions.page.table.noOwner')}</td>
              <td className="col-due">
                <DueText action={row} today={today} />
              </td>
              <td className="col-strength">
                <StrengthBadge strength={row.strength} />
                <span className="action-row__control">{t(`actions.controlTypes.${row.controlType}`)}</span>
              </td>
              <td className="col-status">
                <ActionStatusControls action={row} onChanged={onChanged} onRefused={onRefused} onStatus={onStatus} />
              </td>
              <td className="col-linked">
                <Links row={row} />
              </td>
              <td className="col-edit">
                <button
                  type="button"
                  className="button button--small"
                  aria-label={t('actions.page.table.editFor', { action: shortText(row.description) })}
                  onClick={(event) => onEdit(row, event.currentTarget)}
                >
                  {t('actions.page.table.edit')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function Links({ row }: { row: ActionListRow }) {
  const { t } = useTranslation()
  return (
    <ul className="action-row__links">
      {row.worksheetId !== null && (
        <li>
          <a href={worksheetLink(row.worksheetId)}>{t('actions.page.table.worksheet', { title: row.worksheetTitle ?? '' })}</a>
        </li>
      )}
      {row.reportId !== null && (
        <li>
          {/* The ref code never breaks at its hyphens; the line may break before it. */}
          <a href={reportLink(row.reportId)}>
            {t('actions.page.table.report')} <span className="nowrap">{row.reportRefCode}</span>
          </a>
        </li>
      )}
      {row.agendaItemId !== null && row.worksheetId === null && row.reportId === null && <li>{t('actions.page.table.meeting')}</li>}
    </ul>
  )
}
