import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import {
  isLikelihood,
  isSeverity,
  riskLevel,
  suggestedDecision,
  TRIAGE_DECISIONS,
  type TriageDecision
} from '../../../../shared/domain/risk'
import type { UiResult } from '../../api/client'
import { toFormErrors } from '../../api/formErrors'
import type { ReportDetail, ReportHandle } from '../../api/useReport'
import { RiskBadge } from '../../components/RiskBadge'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { useMessageText } from '../../i18n/useMessageText'
import { RiskMatrix, type MatrixCell } from './RiskMatrix'

const savedCell = (report: ReportDetail): MatrixCell | null =>
  report.severity !== null && report.likelihood !== null && isSeverity(report.severity) && isLikelihood(report.likelihood)
    ? { severity: report.severity, likelihood: report.likelihood }
    : null

interface TriagePanelProps {
  report: ReportDetail
  triage: ReportHandle['triage']
}

/**
 * The chair picks severity × likelihood on the matrix; the level follows from the shared rule
 * (the same one main stores), and the decision it suggests is chosen for them until they pick
 * another one themselves.
 */
export function TriagePanel({ report, triage }: TriagePanelProps) {
  const { t } = useTranslation()
  const messageText = useMessageText()
  const headingId = useId()
  const matrixLabelId = useId()
  const matrixErrorId = useId()
  const decisionErrorId = useId()
  const formRef = useRef<HTMLFormElement>(null)
  const [cell, setCell] = useState<MatrixCell | null>(() => savedCell(report))
  const [decision, setDecision] = useState<TriageDecision | null>(report.triageDecision)
  // A stored decision that differs from the suggestion was the chair's own choice: keep it.
  const [decisionChosen, setDecisionChosen] = useState(
    () => report.triageDecision !== null && report.riskLevel !== null && report.triageDecision !== suggestedDecision(report.riskLevel)
  )
  const [errors, setErrors] = useState<{ cell?: string; decision?: string }>({})
  const [status, setStatus] = useState<Status | null>(null)
  const saving = useRef(false)

  const level = cell ? riskLevel(cell.severity, cell.likelihood) : null
  const suggestion = level ? suggestedDecision(level) : null

  const pickCell = (next: MatrixCell) => {
    setCell(next)
    setErrors((previous) => ({ ...previous, cell: undefined }))
    if (!decisionChosen) setDecision(suggestedDecision(riskLevel(next.severity, next.likelihood)))
  }

  const pickDecision = (next: TriageDecision) => {
    setDecision(next)
    setDecisionChosen(true)
    setErrors((previous) => ({ ...previous, decision: undefined }))
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (saving.current) return
    setStatus(null)
    if (!cell || !decision) {
      setErrors({
        cell: cell ? undefined : t('register.triage.needsCell'),
        decision: decision ? undefined : t('register.triage.needsDecision')
      })
      // Focus the first problem: the matrix's entry cell, else the first decision.
      const selector = cell ? 'input[type="radio"]' : '[role="radio"][tabindex="0"]'
      formRef.current?.querySelector<HTMLElement>(selector)?.focus()
      return
    }
    saving.current = true
    const result: UiResult<ReportDetail> = await triage({ ...cell, decision })
    saving.current = false
    if (result.ok) {
      setErrors({})
      const saved = result.data
      setStatus({
        tone: 'success',
        text: t('register.triage.saved', {
          level: saved.riskLevel ? t(`register.riskLevels.${saved.riskLevel}`) : '',
          decision: saved.triageDecision ? t(`register.decisions.${saved.triageDecision}`) : ''
        })
      })
      return
    }
    const formErrors = toFormErrors(result.error)
    const first = Object.values(formErrors.fieldErrors)[0]
    setStatus({ tone: 'error', text: first ? `${t(formErrors.formMessage)} ${messageText(first)}` : t(formErrors.formMessage) })
  }

  const decisionName = `${headingId}-decision`
  return (
    <section className="card triage-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('register.triage.heading')}</h2>
      <p className="panel-intro">{t('register.triage.intro')}</p>
      <form ref={formRef} noValidate onSubmit={(event) => void onSubmit(event)}>
        <p id={matrixLabelId} className="triage-panel__label">
          {t('register.triage.matrixLabel')}
        </p>
        <RiskMatrix value={cell} onChange={pickCell} labelledBy={matrixLabelId} errorId={errors.cell ? matrixErrorId : undefined} />
        {errors.cell && (
          <p id={matrixErrorId} className="field-error">
            {errors.cell}
          </p>
        )}
        <p className="triage-panel__level" aria-live="polite">
          {level && cell ? (
            <>
              {t('register.triage.level')} <RiskBadge level={level} />{' '}
              <span className="triage-panel__calc">
                {t('register.triage.calculation', { severity: String(cell.severity), likelihood: String(cell.likelihood) })}
              </span>
            </>
          ) : (
            t('register.triage.noLevel')
          )}
        </p>
        <fieldset
          className="decision-group"
          aria-describedby={errors.decision ? decisionErrorId : undefined}
          aria-invalid={errors.decision ? true : undefined}
        >
          <legend>{t('register.triage.decision')}</legend>
          {TRIAGE_DECISIONS.map((option) => (
            <label key={option} className="radio">
              <input
                type="radio"
                name={decisionName}
                value={option}
                checked={decision === option}
                onChange={() => pickDecision(option)}
              />
              {t(`register.decisions.${option}`)}
              {option === suggestion && <span className="suggested-tag">{t('register.triage.suggested')}</span>}
            </label>
          ))}
          {errors.decision && (
            <p id={decisionErrorId} className="field-error">
              {errors.decision}
            </p>
          )}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button--primary">
            {t('register.triage.save')}
          </button>
          <StatusMessage status={status} />
        </div>
      </form>
    </section>
  )
}
