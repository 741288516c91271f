import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingDetail, MeetingHandle } from '../../../../api/meetings'
import { StatusMessage, type Status } from '../../../../components/StatusMessage'
import { meetingHref } from '../../meetingRoutes'
import { useErrorText, useFormats } from '../../meetingText'

/**
 * "Approval of previous minutes": once the previous meeting is held, one button approves its
 * minutes here, which locks them for good (later corrections are amendments).
 */
export function PreviousMinutes({ meeting, handle }: { meeting: MeetingDetail; handle: MeetingHandle }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const errorText = useErrorText()
  const [status, setStatus] = useState<Status | null>(null)
  const busy = useRef(false)
  const previous = meeting.previousMeeting

  if (!previous) return <p className="empty">{t('meetings.previousMinutes.none')}</p>
  const date = formats.date(previous.heldOn)

  const approve = async () => {
    if (busy.current) return
    busy.current = true
    const result = await handle.approveMinutesOf(previous.id)
    busy.current = false
    setStatus(result.ok ? { tone: 'success', text: t('meetings.previousMinutes.approvedNow', { date }) } : { tone: 'error', text: errorText(result.error) })
  }

  return (
    <div className="review-block previous-minutes">
      {previous.status === 'draft' && (
        <p>
          {t('meetings.previousMinutes.notHeld', { date })} <a href={meetingHref(previous.id)}>{t('meetings.previousMinutes.openPrevious', { date })}</a>
        </p>
      )}
      {previous.status === 'held' && (
        <p>
          <button type="button" className="button button--primary" onClick={() => void approve()}>
            {t('meetings.previousMinutes.approve', { date })}
          </button>
        </p>
      )}
      {previous.status === 'approved' && (
        <p className="approved-note">
          <strong>{t('meetings.previousMinutes.approved')}</strong>{' '}
          <a href={meetingHref(previous.id)}>{t('meetings.previousMinutes.openPrevious', { date })}</a>
        </p>
      )}
      <StatusMessage status={status} />
    </div>
  )
}
