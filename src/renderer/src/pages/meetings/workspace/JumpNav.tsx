import { useTranslation } from 'react-i18next'
import type { MeetingDetail } from '../../../api/meetings'

/** Fixed heading ids, so "On this page" can move focus to a section (only one workspace is shown). */
export const SECTION_IDS = {
  details: 'meeting-details-heading',
  documents: 'meeting-documents-heading',
  attendance: 'meeting-attendance-heading',
  agenda: 'meeting-agenda-heading',
  status: 'meeting-status-heading',
  posting: 'meeting-posting-heading'
} as const

export const agendaItemHeadingId = (itemId: number) => `agenda-item-${itemId}-heading`

/** Moves focus (and the view) to a heading; headings take focus with tabIndex -1. */
function jumpTo(id: string) {
  const target = document.getElementById(id)
  if (!target) return
  target.focus()
  target.scrollIntoView({ block: 'start' })
}

/**
 * "On this page": during a meeting the chair jumps straight to an agenda item or a section from
 * the keyboard. Buttons, not links: a `#id` link would replace the page's hash route.
 */
export function JumpNav({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation()
  const sections: Array<[string, string]> = [
    [SECTION_IDS.details, t('meetings.details.heading')],
    [SECTION_IDS.documents, t('meetings.documents.heading')],
    [SECTION_IDS.attendance, t('meetings.attendance.heading')],
    [SECTION_IDS.agenda, t('meetings.agenda.heading')]
  ]
  const after: Array<[string, string]> = [
    [SECTION_IDS.status, meeting.locked ? t('meetings.amendments.heading') : t('meetings.held.heading')],
    [SECTION_IDS.posting, t('meetings.posting.heading')]
  ]
  const button = ([id, label]: [string, string]) => (
    <li key={id}>
      <button type="button" className="jump-button" onClick={() => jumpTo(id)}>
        {label}
      </button>
    </li>
  )
  return (
    <nav className="meeting-jump" aria-label={t('meetings.workspace.jumpLabel')}>
      <ul className="meeting-jump__sections">
        {sections.map(button)}
        {after.map(button)}
      </ul>
      {meeting.items.length > 0 && (
        <ol className="meeting-jump__items" aria-label={t('meetings.workspace.jumpItems')}>
          {meeting.items.map((item, index) => button([agendaItemHeadingId(item.id), `${index + 1}. ${item.title}`]))}
        </ol>
      )}
    </nav>
  )
}
