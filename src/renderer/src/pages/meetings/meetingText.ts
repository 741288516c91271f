import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { UiError } from '../../api/client'
import { toFormErrors } from '../../api/formErrors'
import { formatDate } from '../../i18n/format'
import { useMessageText } from '../../i18n/useMessageText'

/** Today on this computer, as YYYY-MM-DD (the school's calendar day, not UTC's). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * A refusal in plain words: main's own reason when it gave one (`meetings.problem.*`, a field
 * message), else the general line for the error code ("Nothing was saved").
 */
export function useErrorText(): (error: UiError) => string {
  const { t } = useTranslation()
  const messageText = useMessageText()
  return useCallback(
    (error: UiError) => {
      const reason = error.details?.find((issue) => issue.messageKey !== '')?.messageKey
      return reason ? `${messageText(reason)} ${t('meetings.workspace.nothingSaved')}` : t(toFormErrors(error).formMessage)
    },
    [t, messageText]
  )
}

export interface MeetingFormats {
  /** "Nov 26, 2026" from "2026-11-26". */
  date: (iso: string) => string
  /** "Thursday, November 26, 2026", for headings read from across the room. */
  longDate: (iso: string) => string
  /** "6:30 PM" from "18:30". */
  time: (hhmm: string) => string
}

export function useFormats(): MeetingFormats {
  const { i18n } = useTranslation()
  const locale = i18n.language
  return useMemo(
    () => ({
      date: (iso: string) => formatDate(iso, locale),
      longDate: (iso: string) => formatDate(iso, locale, { dateStyle: 'full' }),
      time: (hhmm: string) => {
        const [hours, minutes] = hhmm.split(':').map(Number) as [number, number]
        return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(2000, 0, 1, hours, minutes))
      }
    }),
    [locale]
  )
}

/** "18:30" plus some minutes, as "HH:MM" (wraps past midnight, which a meeting never reaches). */
export function addMinutes(hhmm: string, minutes: number): string {
  const [hours, mins] = hhmm.split(':').map(Number) as [number, number]
  const total = (hours * 60 + mins + minutes) % (24 * 60)
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}
