/**
 * The meeting pages live under one navigation entry, told apart by the rest of the hash:
 * `#/meetings` (the list and the new-meeting form) and `#/meetings/42` (one meeting's workspace).
 */
export type MeetingView = { kind: 'list' } | { kind: 'workspace'; id: number }

export function parseMeetingHash(hash: string): MeetingView {
  const match = /^#\/?meetings\/(\d{1,15})(?:[?/]|$)/.exec(hash)
  const id = match ? Number(match[1]) : Number.NaN
  return Number.isSafeInteger(id) && id > 0 ? { kind: 'workspace', id } : { kind: 'list' }
}

export const meetingListHref = '#/meetings'
export const meetingHref = (id: number): string => `#/meetings/${id}`

/** A stable key per view, so moving between them resets state and moves focus. */
export const viewKey = (view: MeetingView): string => (view.kind === 'workspace' ? `meeting-${view.id}` : 'list')
