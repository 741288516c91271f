import type { MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useMessageText } from '../../i18n/useMessageText'
import { reportFieldId } from './ReportFields'
import type { ReportField } from './reportValues'

export interface SummaryState {
  /** Already translated: what went wrong overall ("Nothing was saved"). */
  message: string
  /** Fields with a problem, in form order. */
  fields: ReportField[]
  /** Field -> catalog key. */
  errors: Partial<Record<ReportField, string>>
}

/**
 * Every problem at the top of the form, each linking to its field: on a long form the user can
 * see at once how much needs fixing. Links, not plain text, so they can jump there; the link
 * moves focus itself because a `#id` href would replace the hash route.
 */
export function ErrorSummary({ summary, idPrefix }: { summary: SummaryState; idPrefix: string }) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const jump = (field: ReportField) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    const target = document.getElementById(reportFieldId(idPrefix, field))
    // A group of checkboxes cannot take focus itself: go to its first box.
    const focusable = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input') : target
    focusable?.focus()
  }
  return (
    <div className="error-summary" tabIndex={-1} aria-labelledby={`${idPrefix}-summary-title`} role="group">
      <p id={`${idPrefix}-summary-title`} className="error-summary__title">
        {summary.fields.length > 0 ? t('reports.intake.errorSummary') : summary.message}
      </p>
      {summary.fields.length > 0 && (
        <ul>
          {summary.fields.map((field) => (
            <li key={field}>
              <a href={`#${reportFieldId(idPrefix, field)}`} onClick={jump(field)}>
                {t(`reports.fields.${field}`)} — {messageText(summary.errors[field] ?? 'validation.invalid')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
