import { useTranslation } from 'react-i18next'
import type { CauseCoverage } from '../../../../../shared/domain/actions'

const FILLED: Record<CauseCoverage, number> = { none: 0, weakOnly: 1, intermediate: 2, strong: 3 }

/**
 * How well a root cause is addressed: the strongest live action on it (main works it out). The
 * words say it; the three-step bar repeats it for the eye.
 */
export function StrengthMeter({ coverage }: { coverage: CauseCoverage }) {
  const { t } = useTranslation()
  const filled = FILLED[coverage]
  return (
    <p className={`strength-meter strength-meter--${coverage}`}>
      <span>
        {t('worksheets.strength.label')} <strong>{t(`worksheets.strength.${coverage}`)}</strong>
      </span>
      <span className="strength-meter__bar" aria-hidden="true">
        {[0, 1, 2].map((step) => (
          <span key={step} className={step < filled ? 'strength-meter__step strength-meter__step--on' : 'strength-meter__step'} />
        ))}
      </span>
    </p>
  )
}
