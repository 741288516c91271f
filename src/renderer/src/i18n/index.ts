import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from '../../../shared/i18n/en'

export interface I18nOptions {
  lng?: string
  /** Called for every key the catalog lacks; tests use it to fail on missing text. */
  onMissingKey?: (key: string) => void
}

/**
 * One i18next instance per app (or per test), so tests can watch for missing keys without
 * sharing global state. Resources are bundled, so init is synchronous and nothing suspends.
 */
export function createI18n({ lng = 'en', onMissingKey }: I18nOptions = {}): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng,
    fallbackLng: 'en',
    initAsync: false,
    showSupportNotice: false, // no console banner in an offline app
    // React escapes text already; escaping here would show "&amp;" in "Environment & layout".
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
    saveMissing: onMissingKey !== undefined,
    missingKeyHandler: onMissingKey ? (_lngs, _ns, key) => onMissingKey(key) : false
  })
  return instance
}
