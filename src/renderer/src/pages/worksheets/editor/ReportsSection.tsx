import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { ChosenReports } from '../ChosenReports'
import { ReportPicker, type PickedReport } from '../ReportPicker'
import { useErrorText } from '../useErrorText'
import type { SectionProps } from './sectionProps'

/** The reports this worksheet looks into; adding or removing one saves at once. */
export function ReportsSection({ worksheet, handle }: SectionProps) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const headingId = useId()
  const [status, setStatus] = useState<Status | null>(null)
  const ids = worksheet.reports.map((report) => report.id)

  const save = async (reportIds: number[], done: string) => {
    setStatus(null)
    const result = await handle.update({ reportIds })
    setStatus(result.ok ? { tone: 'success', text: done } : { tone: 'error', text: errorText(result.error) })
  }

  const add = (report: PickedReport) => void save([...ids, report.id], t('worksheets.reports.addedNotice', { code: report.refCode }))
  const remove = (report: PickedReport) =>
    void save(
      ids.filter((id) => id !== report.id),
      t('worksheets.reports.removedNotice', { code: report.refCode })
    )

  return (
    <section className="card worksheet-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('worksheets.reports.heading')}</h2>
      <ChosenReports reports={worksheet.reports} onRemove={remove} keepLast />
      <StatusMessage status={status} />
      <details className="add-report">
        <summary>{t('worksheets.reports.addHeading')}</summary>
        <ReportPicker chosenIds={ids} onAdd={add} />
      </details>
    </section>
  )
}
