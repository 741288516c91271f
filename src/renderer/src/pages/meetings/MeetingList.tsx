import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useMeetingList, type MeetingSummary } from '../../api/meetings'
import { PageHeading } from '../../components/PageHeading'
import { localToday, useErrorText, useFormats } from './meetingText'
import { meetingHref } from './meetingRoutes'
import { NewMeetingForm } from './NewMeetingForm'

/** `#/meetings`: what is coming, the form to plan the next meeting, and what was held. */
export function MeetingList() {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const state = useMeetingList()
  const today = localToday()
  const meetings = state.status === 'ready' ? state.meetings : []
  // A meeting is past once its day has gone or it was marked held (today's meeting, afterwards).
  const isUpcoming = (m: MeetingSummary) => m.heldOn >= today && m.status === 'draft'
  const upcoming = meetings.filter(isUpcoming).sort((a, b) => a.heldOn.localeCompare(b.heldOn))
  const past = meetings.filter((m) => !isUpcoming(m)).sort((a, b) => b.heldOn.localeCompare(a.heldOn))

  return (
    <>
      <PageHeading>{t('meetings.list.heading')}</PageHeading>
      <p className="page-intro">{t('meetings.list.intro')}</p>
      {state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {state.status === 'error' && (
        <p className="status status--error" role="alert">
          {t('meetings.list.loadFailed')} {errorText(state.error)}
        </p>
      )}
      {state.status === 'ready' && (
        <>
          <MeetingTable heading={t('meetings.list.upcoming')} empty={t('meetings.list.noUpcoming')} meetings={upcoming} />
          <NewMeetingForm meetings={meetings} />
          <MeetingTable heading={t('meetings.list.past')} empty={t('meetings.list.noPast')} meetings={past} />
        </>
      )}
    </>
  )
}

function MeetingTable({ heading, empty, meetings }: { heading: string; empty: string; meetings: MeetingSummary[] }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const headingId = useId()
  return (
    <section className="card meeting-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {meetings.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <div className="meeting-table-scroll">
          <table className="meeting-table" aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">{t('meetings.list.columns.date')}</th>
                <th scope="col">{t('meetings.list.columns.time')}</th>
                <th scope="col">{t('meetings.list.columns.place')}</th>
                <th scope="col">{t('meetings.list.columns.state')}</th>
                <th scope="col" className="numeric">
                  {t('meetings.list.columns.items')}
                </th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((meeting) => (
                <tr key={meeting.id}>
                  <th scope="row">
                    <a href={meetingHref(meeting.id)}>{formats.longDate(meeting.heldOn)}</a>
                  </th>
                  <td>{meeting.startTime ? formats.time(meeting.startTime) : t('meetings.list.noTime')}</td>
                  <td>{meeting.place ?? t('meetings.list.noPlace')}</td>
                  <td>
                    <MeetingStateBadge status={meeting.status} />
                  </td>
                  <td className="numeric">{meeting.itemCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

/** The state in words; the outline only helps the eye. */
export function MeetingStateBadge({ status }: { status: MeetingSummary['status'] }) {
  const { t } = useTranslation()
  return <span className={`meeting-state meeting-state--${status}`}>{t(`meetings.statuses.${status}`)}</span>
}
