import { useEffect, type Ref } from 'react'
import type { AgendaPayload } from '../../../../../shared/documents/printDocuments'
import { DocumentHeader, MeetingFacts, PrintedLine } from '../minutes/DocumentHeader'
import { useDocumentText } from '../minutes/documentText'
import { ItemSummary } from './ItemSummary'
import { fitOnePage } from '../minutes/pageGeometry'

/** An agenda belongs on one sheet: its type may shrink this far to get there, then it runs on. */
export const fitAgenda = (element: HTMLElement): void => {
  fitOnePage(element, { basePt: 10.5, smallestPt: 9 })
}

/**
 * The agenda circulated before the meeting: when and where, who chairs and records, and the
 * numbered items with the time each is given, who presents it, and a compact summary of what
 * the review data holds for it. Rendered as React text only.
 */
export function AgendaPrint({ payload, documentRef }: { payload: AgendaPayload; documentRef: Ref<HTMLElement> }) {
  const text = useDocumentText()
  const { t } = text
  const { meeting } = payload
  const heldOn = text.date(meeting.heldOn)
  const total = meeting.items.reduce((sum, item) => sum + (item.minutesAllotted ?? 0), 0)

  useEffect(() => {
    document.title = [t('meetingDocuments.agenda.documentTitle', { date: heldOn }), payload.schoolName.trim()].filter(Boolean).join(' — ')
  })

  return (
    <article ref={documentRef} className="print-doc md-doc md-doc--agenda">
      <DocumentHeader schoolName={payload.schoolName} committeeName={payload.committeeName} title={t('meetingDocuments.agenda.title')} />
      <MeetingFacts meeting={meeting} text={text} />

      <section className="md-section">
        <h2>{t('meetingDocuments.agenda.itemsHeading')}</h2>
        <table className="md-table md-agenda">
          <thead>
            <tr>
              <th scope="col" className="md-agenda__number">
                <span className="visually-hidden">#</span>
              </th>
              <th scope="col">{t('meetingDocuments.agenda.itemColumn')}</th>
              <th scope="col">{t('meetingDocuments.agenda.presenterColumn')}</th>
              <th scope="col" className="md-agenda__time">
                {t('meetingDocuments.agenda.timeColumn')}
              </th>
            </tr>
          </thead>
          <tbody>
            {meeting.items.map((item, index) => (
              <tr key={`${index}-${item.title}`}>
                <td className="md-agenda__number">{index + 1}.</td>
                <td>
                  <span className="md-agenda__title">{item.title}</span>
                  <ItemSummary item={item} meeting={meeting} text={text} />
                </td>
                <td>{item.presenter ?? ''}</td>
                <td className="md-agenda__time">{item.minutesAllotted !== null ? t('meetingDocuments.common.minutes', { count: item.minutesAllotted }) : ''}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <td colSpan={3} className="md-agenda__total">
                {t('meetingDocuments.agenda.total', { time: t('meetingDocuments.common.minutes', { count: total }) })}
              </td>
            </tr>
          </tfoot>
        </table>
      </section>

      <PrintedLine printedAt={payload.printedAt} text={text}>
        <p className="md-footer__note">{t('meetingDocuments.agenda.footer')}</p>
      </PrintedLine>
    </article>
  )
}
