import { useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  LIKELIHOODS,
  likelihoodKey,
  riskLevel,
  SEVERITIES,
  severityKey,
  type Likelihood,
  type Severity
} from '../../../../shared/domain/risk'

export interface MatrixCell {
  severity: Severity
  likelihood: Likelihood
}

interface RiskMatrixProps {
  value: MatrixCell | null
  onChange: (cell: MatrixCell) => void
  /** Id of the visible label naming the group. */
  labelledBy: string
  /** Id of an error message, when there is one. */
  errorId?: string | undefined
}

/** Worst outcome at the top, as on the paper matrix the committee knows. */
const ROWS: readonly Severity[] = [...SEVERITIES].reverse()

const clamp = (n: number) => Math.min(5, Math.max(1, n))

/**
 * The 5×5 matrix as one radio group of 25 cells (WAI-ARIA radio group pattern, in two
 * dimensions): Tab enters at the chosen cell, arrow keys move and choose, Home/End jump along
 * the row. Each cell's name says everything ("Severity 4 Serious injury, likelihood 4 Likely:
 * High"), so the axis labels can be hidden from screen readers without losing anything.
 */
export function RiskMatrix({ value, onChange, labelledBy, errorId }: RiskMatrixProps) {
  const { t } = useTranslation()
  const cells = useRef(new Map<string, HTMLButtonElement>())
  const keyOf = (s: number, l: number) => `${s}-${l}`
  // Roving tabindex: the chosen cell, or the top-left one before anything is chosen.
  const tabStop = value ?? { severity: 5, likelihood: 1 }

  const choose = (severity: number, likelihood: number) => {
    const cell = { severity: clamp(severity) as Severity, likelihood: clamp(likelihood) as Likelihood }
    onChange(cell)
    cells.current.get(keyOf(cell.severity, cell.likelihood))?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, severity: Severity, likelihood: Likelihood) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [severity + 1, likelihood],
      ArrowDown: [severity - 1, likelihood],
      ArrowLeft: [severity, likelihood - 1],
      ArrowRight: [severity, likelihood + 1],
      Home: [severity, 1],
      End: [severity, 5]
    }
    const target = moves[event.key]
    if (!target) return
    event.preventDefault()
    choose(target[0], target[1])
  }

  return (
    <div className="risk-matrix">
      <div className="risk-matrix__y-axis" aria-hidden="true">
        {t('register.triage.severityAxis')}
      </div>
      <div
        className="risk-matrix__grid"
        role="radiogroup"
        aria-labelledby={labelledBy}
        aria-describedby={errorId}
        aria-invalid={errorId ? true : undefined}
      >
        {ROWS.map((severity) => (
          <div className="risk-matrix__row" key={severity}>
            <div className="risk-matrix__row-head" aria-hidden="true">
              <span className="risk-matrix__number">{severity}</span> {t(severityKey(severity))}
            </div>
            {LIKELIHOODS.map((likelihood) => {
              const level = riskLevel(severity, likelihood)
              const checked = value?.severity === severity && value.likelihood === likelihood
              const levelText = t(`register.riskLevels.${level}`)
              return (
                <button
                  key={likelihood}
                  ref={(element) => {
                    if (element) cells.current.set(keyOf(severity, likelihood), element)
                    else cells.current.delete(keyOf(severity, likelihood))
                  }}
                  type="button"
                  role="radio"
                  aria-checked={checked}
                  aria-label={t('register.triage.cellName', {
                    severity: String(severity),
                    severityText: t(severityKey(severity)),
                    likelihood: String(likelihood),
                    likelihoodText: t(likelihoodKey(likelihood)),
                    level: levelText
                  })}
                  tabIndex={tabStop.severity === severity && tabStop.likelihood === likelihood ? 0 : -1}
                  className={`risk-cell risk-cell--${level}${checked ? ' risk-cell--checked' : ''}`}
                  onClick={() => choose(severity, likelihood)}
                  onKeyDown={(event) => onKeyDown(event, severity, likelihood)}
                >
                  {checked && (
                    <span className="risk-cell__mark" aria-hidden="true">
                      ✓
                    </span>
                  )}
                  {levelText}
                </button>
              )
            })}
          </div>
        ))}
        <div className="risk-matrix__row risk-matrix__row--foot" aria-hidden="true">
          <div className="risk-matrix__corner" />
          {LIKELIHOODS.map((likelihood) => (
            <div className="risk-matrix__col-head" key={likelihood}>
              <span className="risk-matrix__number">{likelihood}</span> {t(likelihoodKey(likelihood))}
            </div>
          ))}
        </div>
      </div>
      <div className="risk-matrix__x-axis" aria-hidden="true">
        {t('register.triage.likelihoodAxis')}
      </div>
    </div>
  )
}
