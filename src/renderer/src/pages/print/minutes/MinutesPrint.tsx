import { useEffect, type ReactNode } from 'react'
import type { MinutesPayload } from '../../../../../shared/documents/printDocuments'
import { formatNumber } from '../../../i18n/format'
import { DocumentHeader, MeetingFacts, PrintedLine } from './DocumentHeader'
import { useDocumentText, type DocumentText } from './documentText'
import { Attendance, FeedbackList, NextMeeting, Posting, PreviousMinutes, Signatures } from './MeetingRecordParts'
import { actionDetails, EarlierRecommendationsTable, InvestigationsTable, NearMissTable, OpenActions, RecommendationsTable, TrendCharts } from './ReviewSections'

type Meeting = MinutesPayload['meeting']
type Item = Meeting['items'][number]

/** The review parts the rules require, each shown under its standing agenda item. */
const PARTS = ['previousMinutes', 'nearMisses', 'investigations', 'actionFollowUp', 'trends', 'feedbackToStaff', 'nextMeeting'] as const
type Part = (typeof PARTS)[number]
const isPart = (kind: string): kind is Part => (PARTS as readonly string[]).includes(kind)

const PART_HEADINGS = {
  previousMinutes: 'meetingDocuments.minutes.previousHeading',
  nearMisses: 'meetingDocuments.minutes.nearMissesHeading',
  investigations: 'meetingDocuments.minutes.investigationsHeading',
  actionFollowUp: 'meetingDocuments.minutes.actionsHeading',
  trends: 'meetingDocuments.minutes.trendsHeading',
  feedbackToStaff: 'meetingDocuments.minutes.feedbackHeading',
  nextMeeting: 'meetingDocuments.minutes.nextHeading'
} as const

function ReviewPart({ part, payload, text }: { part: Part; payload: MinutesPayload; text: DocumentText }) {
  const { meeting } = payload
  const { review } = meeting
  const { t } = text
  switch (part) {
    case 'previousMinutes':
      return <PreviousMinutes previous={payload.previousMinutes} text={text} />
    case 'nearMisses':
      return (
        <>
          {review.nearMisses.reports > 0 && reviewSummary(review, text)}
          <NearMissTable review={review} text={text} />
        </>
      )
    case 'investigations':
      return <InvestigationsTable review={review} text={text} />
    case 'actionFollowUp':
      return (
        <>
          <h4>{t('meetingDocuments.minutes.actionsHeading')}</h4>
          <OpenActions review={review} text={text} />
          <h4>{t('meetingDocuments.minutes.earlierHeading')}</h4>
          <EarlierRecommendationsTable review={review} text={text} />
        </>
      )
    case 'trends':
      return <TrendCharts trends={review.trends} />
    case 'feedbackToStaff':
      return <FeedbackList feedback={review.feedback} text={text} />
    case 'nextMeeting':
      return <NextMeeting meeting={meeting} text={text} />
  }
}

function reviewSummary(review: Meeting['review'], text: DocumentText): ReactNode {
  return (
    <p>
      {text.t('meetingDocuments.minutes.nearMissesSummary', {
        reports: formatNumber(review.nearMisses.reports, text.locale),
        events: formatNumber(review.nearMisses.events, text.locale),
        start: text.date(review.period.start),
        end: text.date(review.period.end)
      })}
    </p>
  )
}

/** What the committee recorded under one item: discussion, decision, recommendation, actions. */
function ItemRecord({ item, text, quiet }: { item: Item; text: DocumentText; quiet: boolean }) {
  const { t } = text
  const entries: Array<{ label: string; value: ReactNode }> = []
  if (item.notes) entries.push({ label: t('meetingDocuments.minutes.notes'), value: item.notes })
  if (item.decision) entries.push({ label: t('meetingDocuments.minutes.decision'), value: item.decision })
  if (item.recommendation) {
    const who = [
      item.recommendationOwner ? `${t('meetingDocuments.minutes.responsibleColumn')}: ${item.recommendationOwner}` : null,
      item.responseDueOn ? `${t('meetingDocuments.minutes.responseDueColumn')}: ${text.date(item.responseDueOn)}` : null
    ].filter(Boolean)
    entries.push({ label: t('meetingDocuments.minutes.recommendation'), value: who.length ? `${item.recommendation} (${who.join('; ')})` : item.recommendation })
  }
  if (item.actions.length) {
    entries.push({
      label: t('meetingDocuments.minutes.actionsFromItem'),
      value: (
        <ul className="md-list">
          {item.actions.map((action, index) => (
            <li key={`${action.description}-${index}`}>{t('meetingDocuments.minutes.actionLine', { description: action.description, details: actionDetails(action, text) })}</li>
          ))}
        </ul>
      )
    })
  }
  // An item that shows review data already says something; "nothing recorded" is for the rest.
  if (entries.length === 0) return quiet ? null : <p className="md-muted">{t('meetingDocuments.minutes.nothingRecorded')}</p>
  return (
    <dl className="md-record">
      {entries.map((entry) => (
        <div key={entry.label} className="md-record__row">
          <dt>{entry.label}</dt>
          <dd className="md-prose">{entry.value}</dd>
        </div>
      ))}
    </dl>
  )
}

function Section({ heading, children, className }: { heading: string; children: ReactNode; className?: string }) {
  return (
    <section className={['md-section', className].filter(Boolean).join(' ')}>
      <h2>{heading}</h2>
      {children}
    </section>
  )
}

/**
 * The minutes of one meeting, holding what the state rules ask for (DOMAIN.md): date, time and
 * place; attendance; chair and recorder; every item discussed; the near misses and investigations
 * reviewed (cause identified? corrected?); recommendations with who is responsible and when
 * management answers; earlier recommendations; next meeting; where posted; how long kept; and
 * the approval status. Approved minutes arrive as the snapshot taken at approval. All text is
 * React text: a report that contains markup prints as the characters it is.
 */
export function MinutesPrint({ payload }: { payload: MinutesPayload }) {
  const text = useDocumentText()
  const { t } = text
  const { meeting } = payload
  const approvedAt = meeting.status === 'approved' && meeting.approvedAtMeeting ? meeting.approvedAtMeeting.heldOn : null
  const statusLine = approvedAt ? t('meetingDocuments.minutes.statusApproved', { date: text.date(approvedAt) }) : t('meetingDocuments.minutes.statusDraft')
  const heldOn = text.date(meeting.heldOn)

  useEffect(() => {
    document.title = [t('meetingDocuments.minutes.documentTitle', { date: heldOn }), payload.schoolName.trim()].filter(Boolean).join(' — ')
  })

  // Each review part goes under the first agenda item of its kind; a part whose item the chair
  // removed still appears, after the items, because the rules require it either way.
  const placed = new Set<Part>()
  const partFor = (item: Item): Part | null => {
    if (!isPart(item.kind) || placed.has(item.kind)) return null
    placed.add(item.kind)
    return item.kind
  }
  const items = meeting.items.map((item) => ({ item, part: partFor(item) }))
  const leftover = PARTS.filter((part) => !placed.has(part))

  return (
    <article className="print-doc md-doc md-doc--minutes">
      <DocumentHeader
        schoolName={payload.schoolName}
        committeeName={payload.committeeName}
        title={t('meetingDocuments.minutes.title')}
        subtitle={`${t('meetingDocuments.minutes.subtitle')} — ${heldOn}`}
        aside={<p className={`md-status ${approvedAt ? 'md-status--approved' : 'md-status--draft'}`}>{statusLine}</p>}
      />
      <MeetingFacts meeting={meeting} text={text} />

      <Section heading={t('meetingDocuments.minutes.attendanceHeading')}>
        <Attendance meeting={meeting} text={text} />
      </Section>

      <Section heading={t('meetingDocuments.minutes.itemsHeading')} className="md-section--items">
        {items.map(({ item, part }, index) => (
          <section key={`${index}-${item.title}`} className="md-item">
            <h3>
              <span className="md-item__number">{index + 1}.</span> {item.title}
            </h3>
            {part && <ReviewPart part={part} payload={payload} text={text} />}
            <ItemRecord item={item} text={text} quiet={part !== null} />
          </section>
        ))}
      </Section>

      {leftover.map((part) => (
        <Section key={part} heading={t(PART_HEADINGS[part])}>
          <ReviewPart part={part} payload={payload} text={text} />
        </Section>
      ))}

      <Section heading={t('meetingDocuments.minutes.recommendationsHeading')}>
        <RecommendationsTable meeting={meeting} text={text} />
      </Section>

      <Section heading={t('meetingDocuments.minutes.postingHeading')}>
        <Posting posting={payload.posting} text={text} />
      </Section>

      {payload.amendments.length > 0 && (
        <Section heading={t('meetingDocuments.minutes.amendmentsHeading')}>
          <ul className="md-list">
            {payload.amendments.map((amendment, index) => (
              <li key={`${amendment.amendedOn}-${index}`}>{t('meetingDocuments.minutes.amendment', { date: text.date(amendment.amendedOn), text: amendment.text })}</li>
            ))}
          </ul>
        </Section>
      )}

      <section className="md-section md-closing">
        <p className="md-strong">{statusLine}</p>
        <p>{t('meetingDocuments.minutes.retention', { count: payload.retentionYears, date: text.date(payload.keepUntil) })}</p>
        <Signatures meeting={meeting} text={text} />
      </section>

      <PrintedLine printedAt={payload.printedAt} text={text} />
    </article>
  )
}
