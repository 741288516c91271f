import { createContext, useCallback, useContext, useState } from 'react'

/**
 * Text whose save was refused, kept by the workspace rather than by the field. If the meeting
 * was locked meanwhile (approved from another window) its fields give way to the read-only
 * minutes, and this is where the typed text survives: the amendment form offers it back.
 */
export interface UnsavedText {
  /** "Trends — Notes": where it was typed. */
  label: string
  text: string
}

type Report = (key: string, entry: UnsavedText | null) => void

const UnsavedTextsContext = createContext<Report>(() => {})

export const UnsavedTextsProvider = UnsavedTextsContext.Provider

/** For a field: report its refused text (or null once it is stored). */
export const useReportUnsaved = (): Report => useContext(UnsavedTextsContext)

/** For the workspace: the refused texts, and the reporter to hand down. */
export function useUnsavedTexts(): { texts: UnsavedText[]; report: Report } {
  const [byKey, setByKey] = useState<Record<string, UnsavedText>>({})
  const report = useCallback<Report>((key, entry) => {
    setByKey((current) => {
      if (entry === null) {
        if (!(key in current)) return current
        const { [key]: _gone, ...rest } = current
        return rest
      }
      return { ...current, [key]: entry }
    })
  }, [])
  return { texts: Object.values(byKey), report }
}
