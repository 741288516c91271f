import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { checkText, type TextWarning } from '../../../../shared/domain/languageChecks'
import { useDebouncedValue } from './useDebouncedValue'

/** Long enough not to flicker while a word is half typed, short enough to feel live. */
export const WARNING_DELAY_MS = 400

/** One warning per kind and wording: "careless ... careless" needs saying once. */
function distinct(warnings: TextWarning[]): TextWarning[] {
  const seen = new Set<string>()
  return warnings.filter((warning) => {
    const key = `${warning.kind}:${warning.match.toLowerCase()}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

export function useLanguageWarnings(text: string | undefined, knownPhrases: readonly string[]): TextWarning[] {
  const settled = useDebouncedValue(text ?? '', WARNING_DELAY_MS)
  return useMemo(() => (settled.trim() === '' ? [] : distinct(checkText(settled, knownPhrases))), [settled, knownPhrases])
}

/**
 * Privacy and just-culture nudges under a free-text field (DOMAIN.md "Privacy"). They never
 * block saving. A polite live region that is always present, so new warnings are announced
 * without interrupting typing.
 */
export function LanguageWarnings({ id, warnings }: { id: string; warnings: TextWarning[] }) {
  const { t } = useTranslation()
  return (
    <div id={id} role="status" className="text-warnings">
      {warnings.map((warning) => (
        <p key={`${warning.kind}:${warning.match}`} className="text-warning">
          {t(warning.kind === 'name' ? 'reports.warnings.name' : 'reports.warnings.blame', { match: warning.match })}
        </p>
      ))}
    </div>
  )
}
