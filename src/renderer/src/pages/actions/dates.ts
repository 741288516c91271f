/** Calendar dates as the school sees them (local YYYY-MM-DD), for due dates and checks. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export const todayIso = (): string => localIsoDate(new Date())

/** Whole days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. UTC, so DST never counts. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/** "Move the heavy boxes…" — an action's description short enough for a button's accessible name. */
export function shortText(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length)
  const space = cut.lastIndexOf(' ')
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:–—-]+$/, '')}…`
}
