import type { TimeSlot } from '../domain/defaults'
import type { z } from 'zod'
import type { FishboneBranch } from '../domain/referenceLists'
import type { worksheetDetailSchema } from '../ipc/schemas/worksheets'

/**
 * The documents the app prints, and the data each print view receives. Main builds the payload,
 * the host serves it to `#/print/<kind>`, the print view renders it as text (never as HTML).
 */
export const PRINT_DOCUMENTS = ['intakeForm', 'worksheet'] as const
export type PrintDocument = (typeof PRINT_DOCUMENTS)[number]

export interface IntakeFormPayload {
  schoolName: string
  committeeName: string
  locations: string[]
  categories: string[]
  timeSlots: TimeSlot[]
  conditionsByBranch: Array<{ branch: FishboneBranch; conditions: string[] }>
}

export interface WorksheetPayload {
  schoolName: string
  committeeName: string
  /** When the PDF was made (ISO timestamp), printed on the document. */
  printedAt: string
  worksheet: z.output<typeof worksheetDetailSchema>
}

export interface PrintPayloads {
  intakeForm: IntakeFormPayload
  worksheet: WorksheetPayload
}

/** Where the print view fetches its data, relative to index.html: same origin in both hosts. */
export const printDataPath = (token: string) => `print-data/${token}.json`

/** The hash route of a print view, carrying the token its data is served under. */
export const printRoute = (kind: PrintDocument, token: string) => `#/print/${kind}?data=${encodeURIComponent(token)}`

/**
 * Set on <html> by the print view once its data is rendered and fonts are loaded ('true'), or
 * 'error' if it could not render. Hosts wait for it before printing.
 */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready'
