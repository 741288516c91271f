import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { TIME_SLOTS, type TimeSlot } from '../../../../shared/domain/defaults'
import type { ReferenceItem } from '../../../../shared/domain/referenceLists'
import type { ReportDetail } from '../../api/useReport'
import { formatDate } from '../../i18n/format'

const isTimeSlot = (value: string | null): value is TimeSlot => (TIME_SLOTS as readonly (string | null)[]).includes(value)

/**
 * Every field of the report as the committee reads it, labelled with the intake form's own
 * questions, so what they read matches what the reporter was asked. Blank fields say so.
 */
export function ReportReadView({ report, conditions }: { report: ReportDetail; conditions: readonly ReferenceItem[] }) {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const none = <span className="not-recorded">{t('register.detail.notRecorded')}</span>
  const textOrNone = (text: string | null): ReactNode => (text && text.trim() !== '' ? text : none)

  const when = [
    formatDate(report.occurredOn, locale, { dateStyle: 'full' }),
    report.occurredTime,
    isTimeSlot(report.timeSlot) ? t(`timeSlots.${report.timeSlot}`) : null
  ]
    .filter(Boolean)
    .join(' · ')
  const conditionNames = report.conditionIds.map((id) => conditions.find((item) => item.id === id)?.name ?? `#${id}`)
  const counts: string[] = []
  if (report.involvedStudents > 0) counts.push(t('register.detail.students', { count: report.involvedStudents }))
  if (report.involvedStaff > 0) counts.push(t('register.detail.staff', { count: report.involvedStaff }))
  if (report.involvedVisitors > 0) counts.push(t('register.detail.visitors', { count: report.involvedVisitors }))
  const involved = [counts.join(', '), report.involvedRoles ?? ''].filter((part) => part.trim() !== '').join(' — ')
  const reporter = report.reporterAnonymous
    ? t('register.detail.anonymous')
    : [report.reporterName, report.reporterRole].filter((part) => part && part.trim() !== '').join(', ')

  return (
    <dl className="field-list report-read">
      <dt>{t('reports.fields.occurredOn')}</dt>
      <dd>{when}</dd>
      <dt>{t('reports.fields.locationId')}</dt>
      <dd>{[report.locationName, report.locationDetails].filter(Boolean).join(' — ')}</dd>
      <dt>{t('reports.fields.categoryId')}</dt>
      <dd>{textOrNone(report.categoryName)}</dd>
      <dt>{t('reports.fields.whatHappened')}</dt>
      <dd className="long-text">{report.whatHappened}</dd>
      <dt>{t('reports.fields.whatCouldHaveHappened')}</dt>
      <dd className="long-text">{textOrNone(report.whatCouldHaveHappened)}</dd>
      <dt>{t('reports.fields.whatStoppedIt')}</dt>
      <dd className="long-text">{textOrNone(report.whatStoppedIt)}</dd>
      <dt>{t('reports.fields.involved')}</dt>
      <dd>{involved || none}</dd>
      <dt>{t('reports.fields.conditionIds')}</dt>
      <dd>
        {conditionNames.length === 0 ? (
          none
        ) : (
          <ul className="condition-list">
            {conditionNames.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('reports.fields.immediateAction')}</dt>
      <dd className="long-text">{textOrNone(report.immediateAction)}</dd>
      <dt>{t('register.detail.reporter')}</dt>
      <dd>{reporter || <span className="not-recorded">{t('register.detail.notGiven')}</span>}</dd>
    </dl>
  )
}
