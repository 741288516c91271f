import { useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { toFormErrors } from '../../api/formErrors'
import { useReportList, type ReportSummary } from '../../api/useReportList'
import { formatDate } from '../../i18n/format'
import { useDebouncedValue } from '../report/useDebouncedValue'
import { truncate } from './text'

/** What a worksheet needs to show about a report it covers. */
export interface PickedReport {
  id: number
  refCode: string
  occurredOn: string
  whatHappened: string
}

const RESULT_LIMIT = 8
const SEARCH_DELAY_MS = 300

interface ReportPickerProps {
  /** Reports already chosen: shown as "added" instead of an Add button. */
  chosenIds: readonly number[]
  onAdd: (report: PickedReport) => void
  label?: string
  /** The id of a problem shown elsewhere ("choose at least one report"), marking the search box invalid. */
  errorId?: string | undefined
}

/**
 * Find a report by code or by a word (main's full-text search, prefix matching) and add it. With
 * nothing typed it offers the most recent reports, which is what the chair usually wants. It is
 * not a form of its own (it sits inside forms), so Enter searches at once instead of submitting.
 */
export function ReportPicker({ chosenIds, onAdd, label, errorId }: ReportPickerProps) {
  const { t, i18n } = useTranslation()
  const inputId = useId()
  const hintId = useId()
  const resultsId = useId()
  const [text, setText] = useState('')
  const [committed, setCommitted] = useState<string | null>(null)
  const settled = useDebouncedValue(text, SEARCH_DELAY_MS)
  const query = (committed ?? settled).trim()
  const { state, pending } = useReportList({ text: query === '' ? undefined : query, limit: RESULT_LIMIT })

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    setCommitted(text)
  }

  const rows: ReportSummary[] = state.status === 'ready' ? state.page.rows : []
  return (
    <div className="report-picker">
      <div className="field">
        <label htmlFor={inputId}>{label ?? t('worksheets.picker.label')}</label>
        <p id={hintId} className="field-hint">
          {t('worksheets.picker.hint')}
        </p>
        <input
          id={inputId}
          type="search"
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setCommitted(null)
          }}
          onKeyDown={onKeyDown}
          aria-describedby={errorId ? `${errorId} ${hintId}` : hintId}
          aria-invalid={errorId ? true : undefined}
          aria-controls={resultsId}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
        />
      </div>
      <div id={resultsId} aria-busy={pending || undefined}>
        {state.status === 'error' && (
          <p className="status status--error">
            {t('worksheets.picker.loadFailed')} {t(toFormErrors(state.error).formMessage)}
          </p>
        )}
        {state.status === 'ready' && rows.length === 0 && query !== '' && <p className="empty">{t('worksheets.picker.noMatch', { text: query })}</p>}
        {rows.length > 0 && (
          <ul className="picker-results" aria-label={t('worksheets.picker.resultsLabel')}>
            {rows.map((row) => {
              const chosen = chosenIds.includes(row.id)
              return (
                <li key={row.id} className="picker-result">
                  <span className="picker-result__text">
                    <strong>{row.refCode}</strong> <span className="muted">{formatDate(row.occurredOn, i18n.language)}</span>{' '}
                    {truncate(row.whatHappened)}
                  </span>
                  {chosen ? (
                    <span className="badge">{t('worksheets.picker.added')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('worksheets.picker.addReport', { code: row.refCode })}
                      onClick={() => onAdd({ id: row.id, refCode: row.refCode, occurredOn: row.occurredOn, whatHappened: row.whatHappened })}
                    >
                      {t('worksheets.picker.add')}
                    </button>
                  )}
                </li>
              )
            })}
          </ul>
        )}
        {state.status === 'ready' && query !== '' && state.page.total > rows.length && (
          <p className="field-hint">{t('worksheets.picker.more', { count: rows.length })}</p>
        )}
      </div>
    </div>
  )
}
