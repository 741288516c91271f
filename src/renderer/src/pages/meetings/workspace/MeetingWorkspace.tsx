import { useTranslation } from 'react-i18next'
import { useMeeting, type MeetingDetail } from '../../../api/meetings'
import { useReferenceList } from '../../../api/useReferenceList'
import { PageHeading } from '../../../components/PageHeading'
import { MeetingStateBadge } from '../MeetingList'
import { meetingListHref } from '../meetingRoutes'
import { useErrorText, useFormats } from '../meetingText'
import { AgendaSection } from './AgendaSection'
import { AmendmentSection } from './AmendmentSection'
import { AttendanceSection } from './AttendanceSection'
import { DetailsSection } from './DetailsSection'
import { DocumentsPanel } from './DocumentsPanel'
import { HeldSection } from './HeldSection'
import { JumpNav } from './JumpNav'
import { PostingSection } from './PostingSection'
import { UnsavedTextsProvider, useUnsavedTexts } from './unsavedTexts'

/**
 * `#/meetings/<id>`: the chair's workspace, readable on a projector. Details, documents,
 * attendance, the agenda with its review facts and minutes, then the meeting's status. Once the
 * minutes are approved everything is read-only and corrections are amendments.
 */
export function MeetingWorkspace({ id }: { id: number }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const errorText = useErrorText()
  const handle = useMeeting(id)
  const members = useReferenceList('members', true)
  const unsaved = useUnsavedTexts()
  const { state } = handle

  const heading = state.status === 'ready' ? t('meetings.workspace.heading', { date: formats.longDate(state.meeting.heldOn) }) : t('meetings.workspace.headingLoading')
  return (
    <UnsavedTextsProvider value={unsaved.report}>
      <div className="meeting-workspace">
        <p className="back-link">
          <a href={meetingListHref}>
            <span aria-hidden="true">← </span>
            {t('meetings.workspace.back')}
          </a>
        </p>
        <PageHeading>{heading}</PageHeading>
        {state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
        {state.status === 'error' && (
          <p className="status status--error" role="alert">
            {state.error.code === 'NOT_FOUND' ? t('meetings.workspace.notFound') : errorText(state.error)}
          </p>
        )}
        {state.status === 'ready' && (
          <>
            <p className="meeting-state-line">
              <span className="meeting-state-line__label">{t('meetings.workspace.stateLabel')}:</span> <MeetingStateBadge status={state.meeting.status} />
            </p>
            {state.meeting.locked && <LockedBanner meeting={state.meeting} />}
            <JumpNav meeting={state.meeting} />
            <DetailsSection meeting={state.meeting} handle={handle} members={members.state.status === 'ready' ? members.state.items : []} />
            <DocumentsPanel meetingId={state.meeting.id} />
            <AttendanceSection meeting={state.meeting} handle={handle} members={members.state.status === 'ready' ? members.state.items : []} />
            <AgendaSection meeting={state.meeting} handle={handle} />
            {state.meeting.locked ? (
              <AmendmentSection meeting={state.meeting} handle={handle} unsaved={unsaved.texts} />
            ) : (
              <HeldSection meeting={state.meeting} handle={handle} />
            )}
            <PostingSection meeting={state.meeting} handle={handle} />
          </>
        )}
      </div>
    </UnsavedTextsProvider>
  )
}

function LockedBanner({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const at = meeting.approvedAtMeeting
  return (
    <div className="locked-banner" role="note" aria-labelledby="locked-banner-title">
      <p id="locked-banner-title" className="locked-banner__title">
        {t('meetings.workspace.lockedTitle')}
      </p>
      <p>{at ? t('meetings.workspace.lockedBody', { date: formats.date(at.heldOn) }) : t('meetings.workspace.lockedBodyNoDate')}</p>
      <p>{t('meetings.workspace.lockedLive')}</p>
    </div>
  )
}
