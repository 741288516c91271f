import { useTranslation } from 'react-i18next'
import type { AgendaItem, MeetingDetail, MeetingHandle } from '../../../../api/meetings'
import { useFormats } from '../../meetingText'
import { AutosaveField } from '../AutosaveField'
import { attendanceSummary } from '../attendanceValues'
import { FollowUpReview } from './FollowUpReview'
import { InvestigationsReview } from './InvestigationsReview'
import { NearMissesReview } from './NearMissesReview'
import { PreviousMinutes } from './PreviousMinutes'
import { TrendsReview } from './TrendsReview'

interface ItemReviewProps {
  item: AgendaItem
  meeting: MeetingDetail
  handle: MeetingHandle
}

/** Under each standing item, the facts the committee reviews for it; custom items have none. */
export function ItemReview({ item, meeting, handle }: ItemReviewProps) {
  const { t } = useTranslation()
  const { review } = meeting
  switch (item.kind) {
    case 'callToOrder':
      return <p className="review-summary">{attendanceSummary(meeting.attendance, t) ?? t('meetings.review.callToOrder')}</p>
    case 'previousMinutes':
      return <PreviousMinutes meeting={meeting} handle={handle} />
    case 'nearMisses':
      return <NearMissesReview review={review} />
    case 'investigations':
      return <InvestigationsReview review={review} />
    case 'actionFollowUp':
      return <FollowUpReview review={review} />
    case 'trends':
      return <TrendsReview review={review} />
    case 'whatAlmostWentWrong':
      return <p className="review-summary review-prompt">{t('meetings.review.whatAlmostWentWrong')}</p>
    case 'feedbackToStaff':
      return <FeedbackReview meeting={meeting} />
    case 'nextMeeting':
      return <NextMeetingReview meeting={meeting} handle={handle} />
    case 'custom':
      return null
  }
}

function FeedbackReview({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation()
  const { feedback } = meeting.review
  if (feedback.length === 0) return <p className="empty">{t('meetings.review.feedbackNone')}</p>
  return (
    <ul className="review-list review-block">
      {feedback.map((entry) => (
        <li key={entry.refCode}>
          <span className="review-code">{entry.refCode}</span> {entry.feedbackToStaff}
        </li>
      ))}
    </ul>
  )
}

function NextMeetingReview({ meeting, handle }: { meeting: MeetingDetail; handle: MeetingHandle }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const next = meeting.nextMeeting
  return (
    <div className="review-block">
      {next && (
        <p className="review-summary">
          {[
            t('meetings.review.nextMeetingScheduled', { date: formats.longDate(next.heldOn) }),
            next.startTime ? t('meetings.review.nextMeetingAt', { time: formats.time(next.startTime) }) : null,
            next.place ? t('meetings.review.nextMeetingIn', { place: next.place }) : null
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
      {meeting.locked ? (
        meeting.nextMeetingNote && (
          <p>
            <strong>{t('meetings.review.nextMeetingNote')}:</strong> {meeting.nextMeetingNote}
          </p>
        )
      ) : (
        <AutosaveField
          type="textarea"
          rows={2}
          label={t('meetings.review.nextMeetingNote')}
          stored={meeting.nextMeetingNote}
          save={(value) => handle.update({ nextMeetingNote: value })}
        />
      )}
    </div>
  )
}
