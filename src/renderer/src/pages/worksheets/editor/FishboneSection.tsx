import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { FISHBONE_BRANCHES } from '../../../../../shared/domain/referenceLists'
import { FishboneDiagram } from '../FishboneDiagram'
import { BranchCauses } from './BranchCauses'
import type { SectionProps } from './sectionProps'

/**
 * The fishbone: the drawing for the eye, and under it one list per branch where causes are
 * added, edited, marked as root causes and removed, all with ordinary form controls.
 */
export function FishboneSection({ worksheet, handle }: SectionProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const problem = worksheet.problemStatement ?? worksheet.title

  return (
    <section className="card worksheet-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('worksheets.fishbone.heading')}</h2>
      <p className="section-intro">{t('worksheets.fishbone.intro')}</p>
      <figure className="fishbone-figure">
        <FishboneDiagram problem={problem} causes={worksheet.causes} />
        <figcaption className="field-hint">
          {worksheet.causes.length === 0 ? t('worksheets.fishbone.diagramEmpty') : t('worksheets.fishbone.rootLegend')}
        </figcaption>
      </figure>
      <div className="branch-grid">
        {FISHBONE_BRANCHES.map((branch) => (
          <BranchCauses
            key={branch}
            branch={branch}
            causes={worksheet.causes.filter((cause) => cause.branch === branch)}
            suggestions={worksheet.suggestedConditions.filter((condition) => condition.branch === branch)}
            handle={handle}
          />
        ))}
      </div>
    </section>
  )
}
