import { useEffect, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { WorksheetPayload } from '../../../../../shared/documents/printDocuments'
import { formatDate } from '../../../i18n/format'
import { FishboneDiagram } from '../../worksheets/FishboneDiagram'
import { PrintActionsTable } from './PrintActionsTable'

interface WorksheetPrintProps {
  payload: WorksheetPayload
  /**
   * Unused on purpose: the print view fits the element carrying this ref onto one page by
   * shrinking its type, and a worksheet may rightly run to two readable pages.
   */
  documentRef?: Ref<HTMLElement>
}

/** Paragraphs as the committee typed them (line breaks kept by CSS), or a plain "Not recorded". */
function Text({ value }: { value: string | null }) {
  const { t } = useTranslation()
  return value && value.trim() !== '' ? <p className="wp-text">{value}</p> : <p className="wp-none">{t('worksheets.print.none')}</p>
}

/**
 * The root-cause worksheet on paper (one or two Letter pages), for the committee's file and the
 * principal's signature: what happened, why (5 Whys and fishbone), the root causes and what is
 * being done about each. Everything is React text, never injected HTML.
 */
export function WorksheetPrint({ payload }: WorksheetPrintProps) {
  const { t, i18n } = useTranslation()
  const { worksheet } = payload
  const locale = i18n.language
  const schoolName = payload.schoolName.trim()
  const committeeName = payload.committeeName.trim()
  const roots = worksheet.causes.filter((cause) => cause.isRootCause)

  useEffect(() => {
    document.title = [t('worksheets.print.documentTitle'), worksheet.title].join(' — ')
  })

  return (
    <article className="print-doc wp-doc">
      <header className="wp-header">
        <div className="wp-header__main">
          <p className="wp-kind">{t('worksheets.print.documentTitle')}</p>
          <h1>{worksheet.title}</h1>
          <p className="wp-motto">{t('worksheets.print.motto')}</p>
        </div>
        <div className="wp-header__meta">
          {schoolName !== '' && <p className="wp-school">{schoolName}</p>}
          {committeeName !== '' && <p>{committeeName}</p>}
          <p>{t('worksheets.print.status', { status: t(`worksheets.statuses.${worksheet.status}`) })}</p>
          <p>{t('worksheets.print.printed', { date: formatDate(new Date(payload.printedAt), locale, { dateStyle: 'long' }) })}</p>
        </div>
      </header>

      <section className="wp-section">
        <h2>{t('worksheets.print.reports')}</h2>
        <table className="wp-table wp-reports">
          <thead>
            <tr>
              <th scope="col">{t('worksheets.reports.code')}</th>
              <th scope="col">{t('worksheets.reports.date')}</th>
              <th scope="col">{t('worksheets.reports.whatHappened')}</th>
            </tr>
          </thead>
          <tbody>
            {worksheet.reports.map((report) => (
              <tr key={report.id}>
                <th scope="row">{report.refCode}</th>
                <td className="wp-nowrap">{formatDate(report.occurredOn, locale)}</td>
                <td>{report.whatHappened}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <div className="wp-columns">
        <section className="wp-section">
          <h2>{t('worksheets.print.problem')}</h2>
          <Text value={worksheet.problemStatement} />
        </section>
        <section className="wp-section">
          <h2>{t('worksheets.print.timeline')}</h2>
          <Text value={worksheet.timeline} />
        </section>
      </div>

      <section className="wp-section">
        <h2>{t('worksheets.print.whys')}</h2>
        {worksheet.whys.length === 0 ? (
          <p className="wp-none">{t('worksheets.print.none')}</p>
        ) : (
          <ol className="wp-whys">
            {worksheet.whys.map((why, index) => (
              <li key={index}>
                <span className="wp-why__q">
                  {t('worksheets.whys.level', { number: String(index + 1) })}:{' '}
                  {why.question ?? (index === 0 ? t('worksheets.whys.firstPrompt') : t('worksheets.whys.prompt'))}
                </span>{' '}
                <span className="wp-why__a">{why.answer}</span>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="wp-section wp-keep">
        <h2>{t('worksheets.print.fishbone')}</h2>
        <FishboneDiagram
          className="wp-fishbone"
          problem={worksheet.problemStatement ?? worksheet.title}
          causes={worksheet.causes}
          options={{ fontSize: 18, labelFontSize: 18, causeChars: 22, headChars: 19, maxCauseLines: 4, maxHeadLines: 6 }}
        />
        <p className="wp-legend">{t('worksheets.fishbone.rootLegend')}</p>
      </section>

      <section className="wp-section">
        <h2>{t('worksheets.print.rootCauses')}</h2>
        {roots.length === 0 ? (
          <p className="wp-none">{t('worksheets.print.none')}</p>
        ) : (
          <ol className="wp-roots">
            {roots.map((cause) => (
              <li key={cause.id} className="wp-root">
                <p className="wp-root__head">
                  <span className="wp-root-tag">{t('worksheets.print.rootTag')}</span> <strong>{cause.text}</strong>{' '}
                  <span className="wp-muted">({t(`branches.${cause.branch}`)})</span>
                </p>
                {cause.statement ? <p className="wp-text">{cause.statement}</p> : <p className="wp-none">{t('worksheets.print.noStatement')}</p>}
                {cause.noActionReason && <p className="wp-text">{t('worksheets.print.noActionReason', { reason: cause.noActionReason })}</p>}
                <p className="wp-strength">
                  {t('worksheets.strength.label')} {t(`worksheets.strength.${cause.coverage}`)}
                  {cause.coverage === 'weakOnly' && ` — ${t('worksheets.roots.weakOnly')}`}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="wp-section">
        <h2>{t('worksheets.print.actions')}</h2>
        <PrintActionsTable actions={worksheet.actions} />
      </section>

      <section className="wp-section wp-signoff wp-keep">
        <h2>{t('worksheets.print.signOff')}</h2>
        {(['chair', 'principal'] as const).map((role) => (
          <div key={role} className="wp-sign-row">
            <span className="wp-sign-role">{t(`worksheets.print.${role}`)}</span>
            <span className="wp-sign-field">
              <span className="wp-sign-label">{t('worksheets.print.signature')}</span>
              <span className="wp-sign-line" aria-hidden="true" />
            </span>
            <span className="wp-sign-field wp-sign-field--date">
              <span className="wp-sign-label">{t('worksheets.print.date')}</span>
              <span className="wp-sign-line" aria-hidden="true" />
            </span>
          </div>
        ))}
      </section>

    </article>
  )
}
