import { useTranslation } from 'react-i18next'
import type { ReportStatus } from '../../../shared/domain/reportStatus'

/** A report's status as text in a neutral outline, so it never competes with the risk colour. */
export function StatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation()
  return <span className={`status-badge status-badge--${status}`}>{t(`register.statuses.${status}`)}</span>
}
