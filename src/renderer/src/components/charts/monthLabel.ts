/** "2026-03" -> "Mar 2026" (short, under a bar) or "March 2026" (long, in the data table). */
export function formatMonth(month: string, locale: string, style: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) return month
  // Mid-month at noon: no time zone can move it into the next or previous month.
  const date = new Date(Number(match[1]), Number(match[2]) - 1, 15, 12)
  return new Intl.DateTimeFormat(locale, { month: style, year: 'numeric' }).format(date)
}
