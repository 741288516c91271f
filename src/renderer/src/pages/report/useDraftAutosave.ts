import { useCallback, useEffect, useRef } from 'react'
import { clearIntakeDraft, saveIntakeDraft } from '../../api/intake'
import { sameValues, toDraft, type ReportValues } from './reportValues'

/** Saves after typing pauses this long: often enough to lose at most a few words. */
export const DRAFT_DELAY_MS = 500

/** No draft stored (or the last thing sent was a clear). */
const NOTHING = null

export interface DraftAutosave {
  /** What the stored draft holds now, after restoring it on mount; autosave starts from here. */
  start: (stored: ReportValues | null) => void
  /** Forget the draft (after a save, or "Clear form"), after any save already on its way. */
  discard: () => Promise<void>
}

/**
 * Keeps the intake form's unsaved text in main as a draft: debounced while typing, at once when
 * the page is hidden or closed (the window may not get another chance), and when the form is
 * left. A form that holds only what a fresh form holds (`baseline`) clears the draft instead.
 * Calls go out one at a time, in order, so a slow save can never land after a later clear.
 */
export function useDraftAutosave(values: ReportValues, baseline: ReportValues): DraftAutosave {
  const started = useRef(false)
  const lastSent = useRef<string | null>(NOTHING)
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const latest = useRef({ values, baseline })
  latest.current = { values, baseline }

  const persist = useCallback(() => {
    if (!started.current) return
    const { values: current, baseline: fresh } = latest.current
    const draft = sameValues(current, fresh) ? NOTHING : toDraft(current)
    const serialized = draft === NOTHING ? NOTHING : JSON.stringify(draft)
    if (serialized === lastSent.current) return
    lastSent.current = serialized
    queue.current = queue.current.then(() => (draft === NOTHING ? clearIntakeDraft() : saveIntakeDraft(draft)))
  }, [])

  useEffect(() => {
    const timer = setTimeout(persist, DRAFT_DELAY_MS)
    return () => clearTimeout(timer)
  }, [values, baseline, persist])

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') persist()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('pagehide', persist)
    return () => {
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('pagehide', persist)
      persist() // leaving the page inside the app: keep what the debounce had not sent yet
    }
  }, [persist])

  const start = useCallback((stored: ReportValues | null) => {
    lastSent.current = stored === null ? NOTHING : JSON.stringify(toDraft(stored))
    started.current = true
  }, [])

  const discard = useCallback(async () => {
    lastSent.current = NOTHING
    queue.current = queue.current.then(() => clearIntakeDraft())
    await queue.current
  }, [])

  return { start, discard }
}
