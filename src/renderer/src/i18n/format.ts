/**
 * Locale-aware formatting through Intl, so dates and numbers follow the interface language
 * (settings.locale) rather than whatever the PC happens to be set to.
 */
export function formatNumber(value: number, locale: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale, options).format(value)
}

export function formatDate(value: Date | string, locale: string, options?: Intl.DateTimeFormatOptions): string {
  const date = typeof value === 'string' ? parseLocalDate(value) : value
  return new Intl.DateTimeFormat(locale, options ?? { dateStyle: 'medium' }).format(date)
}

export function formatDateTime(value: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(value)
}

/**
 * "2026-03-14" means that calendar day where the school is. `new Date('2026-03-14')` would be
 * UTC midnight and show as the 13th west of Greenwich, so build the date from its parts.
 */
export function parseLocalDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (!match) return new Date(isoDate)
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}
