import type { MinutesPayload } from '../../../../../shared/documents/printDocuments'
import type { DocumentText } from './documentText'

type Meeting = MinutesPayload['meeting']
type Attendee = Meeting['attendance'][number]

const GROUPS = [
  { key: 'present', label: 'meetingDocuments.minutes.present' },
  { key: 'absent', label: 'meetingDocuments.minutes.absent' },
  { key: 'excused', label: 'meetingDocuments.minutes.excused' },
  { key: 'guest', label: 'meetingDocuments.minutes.guests' }
] as const

const nameWithRole = (person: Attendee) => (person.role ? `${person.name} (${person.role})` : person.name)

/** Present, absent, excused and guests — every group printed, "None" when empty. */
export function Attendance({ meeting, text }: { meeting: Meeting; text: DocumentText }) {
  const { t } = text
  return (
    <dl className="md-attendance">
      {GROUPS.map((group) => {
        const people = meeting.attendance.filter((person) => person.attendance === group.key)
        return (
          <div key={group.key} className="md-attendance__row">
            <dt>{t(group.label)}</dt>
            <dd>{people.length ? text.list(people.map(nameWithRole)) : t('meetingDocuments.minutes.nobody')}</dd>
          </div>
        )
      })}
    </dl>
  )
}

/** "Minutes of March 12, 2026 approved at this meeting." or that they are not yet approved. */
export function PreviousMinutes({ previous, text }: { previous: MinutesPayload['previousMinutes']; text: DocumentText }) {
  const { t } = text
  if (!previous) return <p>{t('meetingDocuments.minutes.previousNone')}</p>
  const date = text.date(previous.heldOn)
  return <p className="md-strong">{previous.approvedHere ? t('meetingDocuments.minutes.previousApprovedHere', { date }) : t('meetingDocuments.minutes.previousNotApproved', { date })}</p>
}

/** The next meeting as scheduled (date, time, place) and the chair's note, or "To be set". */
export function NextMeeting({ meeting, text }: { meeting: Meeting; text: DocumentText }) {
  const { t } = text
  const next = meeting.nextMeeting
  const when = next ? [text.longDate(next.heldOn), next.startTime ? text.time(next.startTime) : null, next.place].filter(Boolean).join(', ') : null
  return (
    <>
      {when && <p className="md-strong">{t('meetingDocuments.minutes.nextMeeting', { when })}</p>}
      {meeting.nextMeetingNote && <p className="md-prose">{meeting.nextMeetingNote}</p>}
      {!when && !meeting.nextMeetingNote && <p>{t('meetingDocuments.common.toBeSet')}</p>}
    </>
  )
}

/** "You said, we did": closed reports with the feedback given to staff. */
export function FeedbackList({ feedback, text }: { feedback: Meeting['review']['feedback']; text: DocumentText }) {
  const { t } = text
  if (feedback.length === 0) return <p>{t('meetingDocuments.minutes.noFeedback')}</p>
  return (
    <ul className="md-list">
      {feedback.map((entry) => (
        <li key={entry.refCode}>
          <span className="md-code">{entry.refCode}</span>
          {entry.categoryName && ` (${entry.categoryName})`}: {entry.feedbackToStaff}
        </li>
      ))}
    </ul>
  )
}

/** Where the minutes were made available to all employees, or a line to write it on. */
export function Posting({ posting, text }: { posting: MinutesPayload['posting']; text: DocumentText }) {
  const { t } = text
  if (posting) {
    return <p>{posting.on ? t('meetingDocuments.minutes.posted', { where: posting.where, date: text.date(posting.on) }) : t('meetingDocuments.minutes.postedNoDate', { where: posting.where })}</p>
  }
  return (
    <p className="md-fill">
      <span>{t('meetingDocuments.minutes.postedBlank')}</span>
      <span className="md-fill__line md-fill__line--wide" />
      <span className="md-fill__hint">{t('meetingDocuments.minutes.postedWhere')}</span>
      <span className="md-fill__line" />
      <span className="md-fill__hint">{t('meetingDocuments.minutes.postedOn')}</span>
    </p>
  )
}

/** Chair and recorder sign and date; their names are printed under the lines. */
export function Signatures({ meeting, text }: { meeting: Meeting; text: DocumentText }) {
  const { t } = text
  const people = [
    { role: t('meetingDocuments.minutes.signChair'), name: meeting.chairName },
    { role: t('meetingDocuments.minutes.signRecorder'), name: meeting.recorderName }
  ]
  return (
    <div className="md-signatures">
      {people.map((person) => (
        <div key={person.role} className="md-signature">
          <div className="md-signature__lines">
            <span className="md-signature__line md-signature__line--sign" />
            <span className="md-signature__line md-signature__line--date" />
          </div>
          <div className="md-signature__labels">
            <span>
              {t('meetingDocuments.minutes.signature')} — {person.role}
              {person.name ? `: ${person.name}` : ''}
            </span>
            <span>{t('meetingDocuments.minutes.signDate')}</span>
          </div>
        </div>
      ))}
    </div>
  )
}
