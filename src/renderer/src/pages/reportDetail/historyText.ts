import type { TFunction } from 'i18next'
import { REPORT_STATUSES, type ReportStatus } from '../../../../shared/domain/reportStatus'
import { RISK_LEVELS, TRIAGE_DECISIONS, type RiskLevel, type TriageDecision } from '../../../../shared/domain/risk'
import type { ReportDetail } from '../../api/useReport'
import { REPORT_FIELD_ORDER } from '../report/ReportFields'

type HistoryEntry = ReportDetail['history'][number]

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value)

// The form's own field order, so history lists changes in the order the form shows them.
const FIELD_NAMES = REPORT_FIELD_ORDER

/**
 * One audit-log entry as a sentence: "Triaged — High (severity 4 × likelihood 4)". The audit
 * detail is whatever main recorded, so every value is checked before it is used; anything
 * unexpected still says something true ("Changed") rather than showing raw data.
 */
export function historyText(entry: HistoryEntry, report: ReportDetail, t: TFunction): string {
  const { detail } = entry
  switch (entry.action) {
    case 'reports.create':
      return typeof detail.refCode === 'string' ? t('register.history.created', { refCode: detail.refCode }) : t('register.history.createdPlain')
    case 'reports.update': {
      const fields = FIELD_NAMES.filter((name) => name in detail).map((name) => t(`register.history.fields.${name}`))
      return fields.length ? t('register.history.updated', { fields: fields.join(', ') }) : t('register.history.updatedNothing')
    }
    case 'reports.triage': {
      const level: RiskLevel | null = isOneOf(RISK_LEVELS, detail.riskLevel) ? detail.riskLevel : null
      const decision: TriageDecision | null = isOneOf(TRIAGE_DECISIONS, detail.decision) ? detail.decision : null
      if (!level || !decision) return t('register.history.other')
      return t('register.history.triaged', {
        level: t(`register.riskLevels.${level}`),
        severity: String(detail.severity),
        likelihood: String(detail.likelihood),
        decision: t(`register.decisions.${decision}`)
      })
    }
    case 'reports.status': {
      const change = detail.status as { from?: unknown; to?: unknown } | undefined
      const from: ReportStatus | null = isOneOf(REPORT_STATUSES, change?.from) ? change.from : null
      const to: ReportStatus | null = isOneOf(REPORT_STATUSES, change?.to) ? change.to : null
      if (!from || !to) return t('register.history.other')
      return t('register.history.status', { from: t(`register.statuses.${from}`), to: t(`register.statuses.${to}`) })
    }
    case 'reports.linkSameEvent': {
      if (detail.to === null || detail.to === undefined) return t('register.history.unlinked')
      const other = report.sameEventReports.find((linked) => linked.id === detail.to)
      return other ? t('register.history.linked', { refCode: other.refCode }) : t('register.history.linkedOther')
    }
    default:
      return t('register.history.other')
  }
}
