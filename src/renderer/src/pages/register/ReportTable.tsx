import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportSummary } from '../../api/useReportList'
import { RiskBadge } from '../../components/RiskBadge'
import { StatusBadge } from '../../components/StatusBadge'
import { formatDate } from '../../i18n/format'
import { goToHash } from '../../router/useHashRoute'
import { reportHref } from '../../router/routes'
import type { SortDirection, SortField } from './registerQuery'
import { truncate } from './truncate'

interface ReportTableProps {
  rows: ReportSummary[]
  sort: SortField
  direction: SortDirection
  onSort: (field: SortField) => void
  busy: boolean
}

type Column = 'refCode' | 'occurredOn' | 'location' | 'category' | 'whatHappened' | 'riskLevel' | 'status'
const SORTABLE: Partial<Record<Column, SortField>> = {
  refCode: 'refCode',
  occurredOn: 'occurredOn',
  location: 'location',
  riskLevel: 'riskLevel',
  status: 'status'
}
const COLUMNS: readonly Column[] = ['refCode', 'occurredOn', 'location', 'category', 'whatHappened', 'riskLevel', 'status']

/**
 * One page of reports. The ref code is a real link (keyboard, screen readers, "open in..."); a
 * click anywhere else on the row follows it too, for mouse users scanning the list.
 */
export function ReportTable({ rows, sort, direction, onSort, busy }: ReportTableProps) {
  const { t, i18n } = useTranslation()

  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: number) => {
    if ((event.target as HTMLElement).closest('a, button, input, select, textarea')) return
    if (window.getSelection()?.toString()) return // selecting text to copy is not a click
    goToHash(reportHref(id))
  }

  return (
    <div className="table-scroll">
      <table className="register-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">{t('register.table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => {
              const field = SORTABLE[column]
              const label = t(`register.table.${column}`)
              if (!field) {
                return (
                  <th key={column} scope="col" className={`col-${column}`}>
                    {label}
                  </th>
                )
              }
              const sorted = field === sort
              return (
                <th
                  key={column}
                  scope="col"
                  className={`col-${column}`}
                  aria-sort={sorted ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  <button type="button" className="sort-button" onClick={() => onSort(field)}>
                    {label}
                    <span className={sorted ? 'sort-mark sort-mark--active' : 'sort-mark'} aria-hidden="true">
                      {sorted ? (direction === 'asc' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} onClick={(event) => openRow(event, row.id)}>
              <th scope="row" className="col-refCode">
                <a href={reportHref(row.id)}>{row.refCode}</a>
              </th>
              <td className="col-occurredOn">{formatDate(row.occurredOn, i18n.language)}</td>
              <td className="col-location">{row.locationName}</td>
              <td className="col-category">{row.categoryName ?? t('register.table.noCategory')}</td>
              <td className="col-whatHappened">{truncate(row.whatHappened)}</td>
              <td className="col-riskLevel">
                <RiskBadge level={row.riskLevel} />
              </td>
              <td className="col-status">
                <StatusBadge status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
