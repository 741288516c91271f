import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionItem } from './ActionItem'
import { RootCauseCard } from './RootCauseCard'
import type { SectionProps } from './sectionProps'

/** Each root cause with its statement, its actions and their strength, or why none is needed. */
export function RootCausesSection({ worksheet, handle }: SectionProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const otherHeadingId = useId()
  const roots = worksheet.causes.filter((cause) => cause.isRootCause)
  const causeChoices = worksheet.causes.map((cause) => ({ id: cause.id, text: cause.text, isRootCause: cause.isRootCause }))
  const other = worksheet.actions.filter((action) => !roots.some((cause) => cause.id === action.causeId))

  return (
    <section className="card worksheet-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('worksheets.roots.heading')}</h2>
      <p className="section-intro">{t('worksheets.roots.intro')}</p>
      {roots.length === 0 && <p className="empty">{t('worksheets.roots.none')}</p>}
      {roots.map((cause) => (
        <RootCauseCard
          key={cause.id}
          worksheetId={worksheet.id}
          cause={cause}
          actions={worksheet.actions.filter((action) => action.causeId === cause.id)}
          causeChoices={causeChoices}
          handle={handle}
        />
      ))}
      {other.length > 0 && (
        <section aria-labelledby={otherHeadingId} className="other-actions">
          <h3 id={otherHeadingId}>{t('worksheets.roots.otherActions')}</h3>
          <ul className="action-items">
            {other.map((action) => (
              <ActionItem key={action.id} action={action} causeChoices={causeChoices} onChanged={() => void handle.reload()} />
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
