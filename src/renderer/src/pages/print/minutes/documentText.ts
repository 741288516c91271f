import { useTranslation } from 'react-i18next'
import { formatDate, parseLocalDate } from '../../../i18n/format'

/** Characters of "what happened" shown in a minutes table row; the register has the full text. */
export const WHAT_HAPPENED_MAX = 180

/**
 * Cuts long text at a word boundary and marks the cut with "…". A report is a few sentences; a
 * table row in the minutes should stay a few lines, and the full text is one click away in the app.
 */
export function truncateText(text: string, max: number = WHAT_HAPPENED_MAX): { text: string; cut: boolean } {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return { text: clean, cut: false }
  const slice = clean.slice(0, max)
  const lastSpace = slice.lastIndexOf(' ')
  return { text: (lastSpace > max * 0.6 ? slice.slice(0, lastSpace) : slice).replace(/[\s,;:.-]+$/, ''), cut: true }
}

/** "15:30" -> "3:30 PM" in the interface language. */
export function formatClock(time: string, locale: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time)
  if (!match) return time
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(2000, 0, 1, Number(match[1]), Number(match[2])))
}

/**
 * Formatting for the printed meeting documents: dates in words ("March 12, 2026"), times on the
 * clock, lists joined as a person would ("A, B and C"). Plain strings, rendered as React text.
 */
export function useDocumentText() {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })
  return {
    t,
    locale,
    /** Thursday, March 12, 2026 */
    longDate: (iso: string) => formatDate(iso, locale, { dateStyle: 'full' }),
    /** March 12, 2026 */
    date: (iso: string) => formatDate(iso, locale, { dateStyle: 'long' }),
    /** Mar 12, 2026 — for tables */
    shortDate: (iso: string) => formatDate(iso, locale, { dateStyle: 'medium' }),
    dateTime: (isoTimestamp: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(/^\d{4}-\d{2}-\d{2}$/.test(isoTimestamp) ? parseLocalDate(isoTimestamp) : new Date(isoTimestamp)),
    time: (hhmm: string) => formatClock(hhmm, locale),
    timeRange(start: string | null, end: string | null): string | null {
      if (start && end) return t('meetingDocuments.common.timeRange', { start: formatClock(start, locale), end: formatClock(end, locale) })
      return start ? formatClock(start, locale) : null
    },
    period: (start: string, end: string) =>
      t('meetingDocuments.common.period', { start: formatDate(start, locale, { dateStyle: 'long' }), end: formatDate(end, locale, { dateStyle: 'long' }) }),
    list: (items: readonly string[]) => list.format(items),
    truncate(text: string, max?: number): string {
      const cut = truncateText(text, max)
      return cut.cut ? t('meetingDocuments.common.ellipsis', { text: cut.text }) : cut.text
    }
  }
}

export type DocumentText = ReturnType<typeof useDocumentText>
