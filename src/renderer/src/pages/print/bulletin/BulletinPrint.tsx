import { useEffect, type Ref } from 'react'
import type { BulletinPayload } from '../../../../../shared/documents/printDocuments'
import { formatNumber } from '../../../i18n/format'
import { PrintedLine } from '../minutes/DocumentHeader'
import { useDocumentText } from '../minutes/documentText'
import { BULLETIN_FONT_PT } from './fitBulletin'

/**
 * Lists are cut here so the bulletin stays one page people read on a notice board; the rest is
 * counted ("…and 4 more"). The type then shrinks a little if the feedback sentences are long.
 */
export const MAX_CLOSED = 10
export const MAX_VERIFIED = 5

/**
 * "You said, we did": the staff bulletin for a notice board. Big counts, each closed report by
 * its receipt code with the feedback sentence, the fixes that were checked and work, and how to
 * report. De-identified by construction: the payload carries no names and no places, and this
 * view adds none.
 */
export function BulletinPrint({ payload, documentRef }: { payload: BulletinPayload; documentRef: Ref<HTMLElement> }) {
  const text = useDocumentText()
  const { t, locale } = text
  const committee = payload.committeeName.trim() || t('meetingDocuments.common.committeeFallback')
  const closed = payload.closed.slice(0, MAX_CLOSED)
  const verified = payload.verified.slice(0, MAX_VERIFIED)
  const counts = [
    { key: 'received', value: payload.counts.reported, label: t('meetingDocuments.bulletin.received', { count: payload.counts.reported }) },
    { key: 'closed', value: payload.counts.closed, label: t('meetingDocuments.bulletin.closed', { count: payload.counts.closed }) },
    { key: 'verified', value: payload.counts.verified, label: t('meetingDocuments.bulletin.verified', { count: payload.counts.verified }) }
  ]

  useEffect(() => {
    document.title = [t('meetingDocuments.bulletin.documentTitle', { date: text.date(payload.period.end) }), payload.schoolName.trim()].filter(Boolean).join(' — ')
  })

  return (
    <article ref={documentRef} className="print-doc md-doc bl-doc" style={{ fontSize: `${BULLETIN_FONT_PT}pt` }}>
      <header className="bl-header">
        <p className="bl-school">{[payload.schoolName.trim(), committee].filter(Boolean).join(' · ')}</p>
        <h1 className="bl-title">{t('meetingDocuments.bulletin.title')}</h1>
        <p className="bl-period">{t('meetingDocuments.bulletin.period', { start: text.date(payload.period.start), end: text.date(payload.period.end) })}</p>
      </header>

      <ul className="bl-counts">
        {counts.map((count) => (
          <li key={count.key} className="bl-count">
            <span className="bl-count__number">{formatNumber(count.value, locale)}</span>
            <span className="bl-count__label">{count.label}</span>
          </li>
        ))}
      </ul>

      <p className="bl-thanks">{t('meetingDocuments.bulletin.thanks')}</p>

      <section className="bl-section">
        <h2>{t('meetingDocuments.bulletin.closedHeading')}</h2>
        {closed.length === 0 ? (
          <p>{t('meetingDocuments.bulletin.noClosed')}</p>
        ) : (
          <>
            <p className="bl-intro">{t('meetingDocuments.bulletin.closedIntro')}</p>
            <ul className="bl-closed">
              {closed.map((entry) => (
                <li key={entry.refCode} className="bl-closed__item">
                  <p className="bl-closed__head">
                    <span className="bl-code">{entry.refCode}</span>
                    <span className="bl-meta">{[entry.categoryName, entry.closedOn ? t('meetingDocuments.bulletin.closedOn', { date: text.shortDate(entry.closedOn) }) : null].filter(Boolean).join(' · ')}</span>
                  </p>
                  <p className="bl-feedback">{entry.feedbackToStaff}</p>
                </li>
              ))}
            </ul>
            {payload.closed.length > closed.length && (
              <p className="bl-more">{t('meetingDocuments.bulletin.more', { count: payload.closed.length - closed.length, committee })}</p>
            )}
          </>
        )}
      </section>

      <section className="bl-section">
        <h2>{t('meetingDocuments.bulletin.verifiedHeading')}</h2>
        {verified.length === 0 ? (
          <p>{t('meetingDocuments.bulletin.noVerified')}</p>
        ) : (
          <>
            <ul className="bl-verified">
              {verified.map((fix, index) => (
                <li key={`${fix.checkedOn}-${index}`}>
                  <span className="bl-tick" aria-hidden="true" />
                  <span>
                    <span className="bl-fix">{fix.description}</span>{' '}
                    <span className="bl-meta">
                      {[t('meetingDocuments.bulletin.checkedOn', { date: text.shortDate(fix.checkedOn) }), fix.reportCodes.length ? t('meetingDocuments.bulletin.forReports', { codes: fix.reportCodes.join(', ') }) : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </span>
                </li>
              ))}
            </ul>
            {payload.verified.length > verified.length && (
              <p className="bl-more">{t('meetingDocuments.bulletin.more', { count: payload.verified.length - verified.length, committee })}</p>
            )}
          </>
        )}
      </section>

      <aside className="bl-report">
        <p className="bl-report__lead">{t('meetingDocuments.bulletin.howToReport')}</p>
        <p>{t('meetingDocuments.bulletin.whereToReport', { committee })}</p>
      </aside>

      <PrintedLine printedAt={payload.printedAt} text={text} />
    </article>
  )
}
