import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Main sends catalog keys (`validation.duplicate`), typed only as strings. Translate them, and
 * fall back to a generic message rather than showing a raw key if main ever sends a new one.
 */
export function useMessageText(): (key: string) => string {
  const { t, i18n } = useTranslation()
  return useCallback(
    (key: string) => {
      if (!i18n.exists(key)) return t('validation.invalid')
      const translate = t as unknown as (untypedKey: string) => string
      return translate(key)
    },
    [t, i18n]
  )
}
