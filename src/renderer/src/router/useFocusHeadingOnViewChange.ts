import { useEffect, useRef, type RefObject } from 'react'

/**
 * For pages with several views under one hash prefix (`#/meetings/...`, `#/worksheets/...`).
 * The frame moves focus to the h1 only when the navigation entry changes, so a move between
 * these views is announced here instead: when `viewKey` changes, the container's h1 takes focus.
 */
export function useFocusHeadingOnViewChange(viewKey: string): RefObject<HTMLDivElement | null> {
  const containerRef = useRef<HTMLDivElement>(null)
  const previousKey = useRef(viewKey)

  useEffect(() => {
    if (previousKey.current === viewKey) return
    previousKey.current = viewKey
    containerRef.current?.querySelector<HTMLElement>('h1')?.focus()
  }, [viewKey])

  return containerRef
}
