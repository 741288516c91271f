/**
 * The worksheet pages live under one navigation entry, told apart by the rest of the hash:
 * `#/worksheets` (the list), `#/worksheets/new?reports=1,2` (start one, reports chosen),
 * `#/worksheets/42` (the editor). The report detail page links to `newWorksheetHref([id])`.
 */
export type WorksheetView = { kind: 'list' } | { kind: 'new'; reportIds: number[] } | { kind: 'editor'; id: number }

const MAX_PRESELECTED = 50

const toId = (text: string): number | null => {
  if (!/^\d{1,15}$/.test(text)) return null
  const id = Number(text)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}

export function parseWorksheetHash(hash: string): WorksheetView {
  const match = /^#\/?worksheets(?:\/([^?]*))?(?:\?(.*))?$/.exec(hash)
  const rest = match?.[1] ?? ''
  if (rest === 'new') {
    const listed = new URLSearchParams(match?.[2] ?? '').get('reports') ?? ''
    const ids = listed
      .split(',')
      .map((part) => toId(part.trim()))
      .filter((id): id is number => id !== null)
    return { kind: 'new', reportIds: [...new Set(ids)].slice(0, MAX_PRESELECTED) }
  }
  const id = toId(rest)
  return id === null ? { kind: 'list' } : { kind: 'editor', id }
}

export const worksheetListHref = '#/worksheets'
export const worksheetHref = (id: number): string => `#/worksheets/${id}`
export const newWorksheetHref = (reportIds: readonly number[] = []): string =>
  reportIds.length === 0 ? '#/worksheets/new' : `#/worksheets/new?reports=${reportIds.join(',')}`

/** A stable key per view, so moving between them resets state and moves focus. */
export const viewKey = (view: WorksheetView): string =>
  view.kind === 'editor' ? `editor-${view.id}` : view.kind === 'new' ? `new-${view.reportIds.join(',')}` : 'list'
