import { useId, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReferenceItem } from '../../../../../shared/domain/referenceLists'
import type { AttendanceEntry, MeetingDetail, MeetingHandle } from '../../../api/meetings'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { TextField } from '../../../components/TextField'
import { useErrorText } from '../meetingText'
import { SECTION_IDS } from './JumpNav'

const MEMBER_CHOICES = ['present', 'absent', 'excused'] as const
type MemberChoice = (typeof MEMBER_CHOICES)[number]

interface Draft {
  /** Member id -> choice; a member not in the map is not marked. */
  marks: Record<number, MemberChoice>
  guests: string[]
}

const draftOf = (meeting: MeetingDetail): Draft => {
  const marks: Record<number, MemberChoice> = {}
  const guests: string[] = []
  for (const entry of meeting.attendance) {
    if (entry.memberId !== null && entry.attendance !== 'guest') marks[entry.memberId] = entry.attendance
    else if (entry.guestName) guests.push(entry.guestName)
  }
  return { marks, guests }
}

const entriesOf = (draft: Draft): AttendanceEntry[] => [
  ...Object.entries(draft.marks).map(([memberId, attendance]) => ({ memberId: Number(memberId), attendance })),
  ...draft.guests.map((guestName) => ({ guestName, attendance: 'guest' as const }))
]

const sameDraft = (a: Draft, b: Draft) => JSON.stringify(entriesOf(a)) === JSON.stringify(entriesOf(b))

/**
 * Who came: every committee member present, absent or excused (radios, so arrow keys move
 * between the three), and guests by name. Saved as a whole list with one button.
 */
export function AttendanceSection({ meeting, handle, members }: { meeting: MeetingDetail; handle: MeetingHandle; members: ReferenceItem[] }) {
  const { t } = useTranslation()
  const headingId = SECTION_IDS.attendance
  if (meeting.locked) {
    return (
      <section className="card attendance" aria-labelledby={headingId}>
        <h2 id={headingId} tabIndex={-1}>
          {t('meetings.attendance.heading')}
        </h2>
        <AttendanceRecord meeting={meeting} />
      </section>
    )
  }
  return (
    <section className="card attendance" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
          {t('meetings.attendance.heading')}
        </h2>
      <p className="field-hint">{t('meetings.attendance.intro')}</p>
      <AttendanceForm meeting={meeting} handle={handle} members={members} />
    </section>
  )
}

function AttendanceForm({ meeting, handle, members }: { meeting: MeetingDetail; handle: MeetingHandle; members: ReferenceItem[] }) {
  const { t } = useTranslation()
  const errorText = useErrorText()
  const idPrefix = useId()
  const busy = useRef(false)
  const guestInput = useRef<HTMLInputElement>(null)
  const [draft, setDraft] = useState<Draft>(() => draftOf(meeting))
  const [guestName, setGuestName] = useState('')
  const [guestError, setGuestError] = useState<string | undefined>(undefined)
  const [status, setStatus] = useState<Status | null>(null)
  const stored = draftOf(meeting)
  const dirty = !sameDraft(draft, stored)

  // Active members, plus archived ones this meeting already lists (they were on the committee then).
  const listed = members.filter((m) => !m.archived || m.id in draft.marks)

  const mark = (memberId: number, choice: MemberChoice) => {
    setDraft((current) => ({ ...current, marks: { ...current.marks, [memberId]: choice } }))
    setStatus(null)
  }

  const addGuest = () => {
    const name = guestName.trim()
    if (name === '') {
      setGuestError(t('meetings.problem.needsGuestName'))
      guestInput.current?.focus()
      return
    }
    setGuestError(undefined)
    setDraft((current) => ({ ...current, guests: [...current.guests, name] }))
    setGuestName('')
    setStatus(null)
    guestInput.current?.focus()
  }

  const removeGuest = (index: number) => {
    setDraft((current) => ({ ...current, guests: current.guests.filter((_, i) => i !== index) }))
    setStatus(null)
    guestInput.current?.focus()
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (busy.current) return
    busy.current = true
    const result = await handle.setAttendance(entriesOf(draft))
    busy.current = false
    if (result.ok) {
      setDraft(draftOf(result.data))
      setStatus({ tone: 'success', text: t('meetings.attendance.saved') })
    } else {
      setStatus({ tone: 'error', text: errorText(result.error) })
    }
  }

  return (
    <form className="attendance-form" noValidate onSubmit={(event) => void submit(event)}>
      <h3>{t('meetings.attendance.members')}</h3>
      {listed.length === 0 ? (
        <p className="empty">{t('meetings.attendance.noMembers')}</p>
      ) : (
        <>
          <p>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setDraft((current) => ({ ...current, marks: Object.fromEntries(listed.map((m) => [m.id, 'present' as const])) }))
                setStatus(null)
              }}
            >
              {t('meetings.attendance.allPresent')}
            </button>
          </p>
          <div className="attendance-members">
            {listed.map((member) => (
              <fieldset key={member.id} className="attendance-member">
                <legend>
                  <span className="attendance-member__name">{member.archived ? t('meetings.attendance.archivedMember', { name: member.name }) : member.name}</span>
                  {member.detail && <span className="attendance-member__role"> · {member.detail}</span>}
                </legend>
                <div className="attendance-member__choices">
                  {MEMBER_CHOICES.map((choice) => {
                    const id = `${idPrefix}-${member.id}-${choice}`
                    return (
                      <label key={choice} htmlFor={id} className={`attendance-choice${draft.marks[member.id] === choice ? ' attendance-choice--checked' : ''}`}>
                        <input type="radio" id={id} name={`${idPrefix}-${member.id}`} checked={draft.marks[member.id] === choice} onChange={() => mark(member.id, choice)} />
                        {t(`meetings.attendanceValues.${choice}`)}
                      </label>
                    )
                  })}
                  {draft.marks[member.id] === undefined && <span className="attendance-member__unmarked">{t('meetings.attendance.notMarked')}</span>}
                </div>
              </fieldset>
            ))}
          </div>
        </>
      )}

      <h3>{t('meetings.attendance.guests')}</h3>
      {draft.guests.length === 0 ? (
        <p className="empty">{t('meetings.attendance.noGuests')}</p>
      ) : (
        <ul className="guest-list">
          {draft.guests.map((name, index) => (
            <li key={`${name}-${index}`}>
              <span>{name}</span>
              <button type="button" className="button button--small" aria-label={t('meetings.attendance.removeGuestLabel', { name })} onClick={() => removeGuest(index)}>
                {t('meetings.attendance.removeGuest')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="item-form">
        <TextField
          ref={guestInput}
          className="field--grow"
          label={t('meetings.attendance.guestName')}
          value={guestName}
          maxLength={300}
          autoComplete="off"
          error={guestError}
          onChange={(event) => setGuestName(event.target.value)}
          onKeyDown={(event) => {
            // Enter adds the guest rather than saving the whole list half-done.
            if (event.key === 'Enter') {
              event.preventDefault()
              addGuest()
            }
          }}
        />
        <button type="button" className="button" onClick={addGuest}>
          {t('meetings.attendance.addGuest')}
        </button>
      </div>

      <div className="form-actions">
        <button type="submit" className="button button--primary">
          {t('meetings.attendance.save')}
        </button>
        {dirty && <span className="unsaved">{t('meetings.attendance.unsaved')}</span>}
        <StatusMessage status={status} />
      </div>
    </form>
  )
}

/** Approved minutes: attendance as it was recorded, in words. */
function AttendanceRecord({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation()
  if (meeting.attendance.length === 0) return <p className="empty">{t('meetings.attendance.notRecorded')}</p>
  const groups = (['present', 'absent', 'excused', 'guest'] as const)
    .map((kind) => ({ kind, names: meeting.attendance.filter((a) => a.attendance === kind).map((a) => a.name) }))
    .filter((group) => group.names.length > 0)
  return (
    <dl className="meeting-facts">
      {groups.map((group) => (
        <div key={group.kind}>
          <dt>{t(`meetings.attendanceValues.${group.kind}`)}</dt>
          <dd>{group.names.join(', ')}</dd>
        </div>
      ))}
    </dl>
  )
}
