import { useTranslation } from 'react-i18next'
import type { RiskLevel } from '../../../shared/domain/risk'

/**
 * A risk level as a word on a coloured pill. The word carries the meaning; the colour only helps
 * the eye (projectors wash colours out, and some committee members cannot tell red from green).
 */
export function RiskBadge({ level }: { level: RiskLevel | null }) {
  const { t } = useTranslation()
  return (
    <span className={`risk-badge risk-badge--${level ?? 'untriaged'}`}>
      {level === null ? t('register.untriaged') : t(`register.riskLevels.${level}`)}
    </span>
  )
}
