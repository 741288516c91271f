import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { MeetingDetail, MeetingHandle } from '../../../api/meetings'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { useErrorText } from '../meetingText'
import { SECTION_IDS } from './JumpNav'

/** "Mark meeting as held" once it is over; the minutes stay editable until approved. */
export function HeldSection({ meeting, handle }: { meeting: MeetingDetail; handle: MeetingHandle }) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const headingId = SECTION_IDS.status
  const busy = useRef(false)
  const [status, setStatus] = useState<Status | null>(null)

  const markHeld = async () => {
    if (busy.current) return
    busy.current = true
    const result = await handle.markHeld()
    busy.current = false
    setStatus(result.ok ? { tone: 'success', text: t('meetings.held.marked') } : { tone: 'error', text: errorText(result.error) })
    if (result.ok) document.getElementById(headingId)?.focus()
  }

  return (
    <section className="card held" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        {t('meetings.held.heading')}
      </h2>
      {meeting.status === 'draft' ? (
        <>
          <p>{t('meetings.held.draftBody')}</p>
          <p>
            <button type="button" className="button button--primary" onClick={() => void markHeld()}>
              {t('meetings.held.markHeld')}
            </button>
          </p>
        </>
      ) : (
        <p>{t('meetings.held.heldBody')}</p>
      )}
      <StatusMessage status={status} />
    </section>
  )
}
