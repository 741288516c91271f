import { useSyncExternalStore } from 'react'
import type { PrintDocument } from '../../../../shared/documents/printDocuments'
import { hasPrintView } from './printViews'

export interface PrintRoute {
  document: PrintDocument
  /** Names the one-time data the host serves for this print (`print-data/<token>.json`). */
  token: string
}

/**
 * `#/print/intakeForm?data=<token>` -> the document and its data token. Only documents with a
 * print view (printViews.tsx) are print routes: for any other the app renders nothing printable,
 * so the host times out with a message naming the view (scripts/preview/chromiumPdfHost.ts).
 */
export function parsePrintHash(hash: string): PrintRoute | null {
  const match = /^#\/print\/([A-Za-z][\w-]*)(?:\?(.*))?$/.exec(hash)
  if (!match) return null
  const document = match[1] ?? ''
  if (!hasPrintView(document)) return null
  const token = new URLSearchParams(match[2] ?? '').get('data')
  return token && /^[\w-]+$/.test(token) ? { document, token } : null
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const readHash = (): string => window.location.hash

/** The print route in the address, or null for the app's ordinary pages. */
export function usePrintRoute(): PrintRoute | null {
  const hash = useSyncExternalStore(subscribe, readHash)
  // Parsed per call, but only a changed hash re-renders, and a print window never changes it.
  return parsePrintHash(hash)
}
