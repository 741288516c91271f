import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { DocumentText } from './documentText'

interface DocumentHeaderProps {
  schoolName: string
  committeeName: string
  title: string
  subtitle?: string
  /** Shown at the top right: the minutes' approval status. */
  aside?: ReactNode
}

/** Letterhead: the school and committee, then the document's title. */
export function DocumentHeader({ schoolName, committeeName, title, subtitle, aside }: DocumentHeaderProps) {
  const { t } = useTranslation()
  const committee = committeeName.trim() || t('meetingDocuments.common.committeeFallback')
  return (
    <header className="md-header">
      <div className="md-header__top">
        <div className="md-letterhead">
          {schoolName.trim() && <p className="md-school">{schoolName.trim()}</p>}
          <p className="md-committee">{committee}</p>
        </div>
        {aside}
      </div>
      <h1 className="md-title">{title}</h1>
      {subtitle && <p className="md-subtitle">{subtitle}</p>}
    </header>
  )
}

interface Fact {
  label: string
  value: string | null
}

/** Label–value pairs in two columns (date, time, place | chair, recorder, period). */
export function Facts({ facts, text }: { facts: Fact[]; text: DocumentText }) {
  return (
    <dl className="md-facts">
      {facts.map((fact) => (
        <div key={fact.label} className="md-fact">
          <dt>{fact.label}</dt>
          <dd className={fact.value ? undefined : 'md-missing'}>{fact.value ?? text.t('meetingDocuments.common.notRecorded')}</dd>
        </div>
      ))}
    </dl>
  )
}

interface MeetingFactsSource {
  heldOn: string
  startTime: string | null
  endTime: string | null
  place: string | null
  chairName: string | null
  recorderName: string | null
  periodStart: string
  periodEnd: string
}

/** Date, time and place; chair and recorder; the review period — what the rules ask first. */
export function MeetingFacts({ meeting, text }: { meeting: MeetingFactsSource; text: DocumentText }) {
  const { t } = text
  return (
    <Facts
      text={text}
      facts={[
        { label: t('meetingDocuments.common.dateLabel'), value: text.longDate(meeting.heldOn) },
        { label: t('meetingDocuments.common.chairLabel'), value: meeting.chairName },
        { label: t('meetingDocuments.common.timeLabel'), value: text.timeRange(meeting.startTime, meeting.endTime) },
        { label: t('meetingDocuments.common.recorderLabel'), value: meeting.recorderName },
        { label: t('meetingDocuments.common.placeLabel'), value: meeting.place },
        { label: t('meetingDocuments.common.periodLabel'), value: text.period(meeting.periodStart, meeting.periodEnd) }
      ]}
    />
  )
}

/** The last line of every meeting document: when it was printed. */
export function PrintedLine({ printedAt, text, children }: { printedAt: string; text: DocumentText; children?: ReactNode }) {
  return (
    <footer className="md-footer">
      {children}
      <p className="md-printed">{text.t('meetingDocuments.common.printed', { date: text.dateTime(printedAt) })}</p>
    </footer>
  )
}
