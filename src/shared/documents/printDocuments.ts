import type { TimeSlot } from '../domain/defaults'
import type { z } from 'zod'
import type { FishboneBranch } from '../domain/referenceLists'
import type { meetingDetailSchema } from '../ipc/schemas/meetings'
import type { worksheetDetailSchema } from '../ipc/schemas/worksheets'

/**
 * The documents the app prints, and the data each print view receives. Main builds the payload,
 * the host serves it to `#/print/<kind>`, the print view renders it as text (never as HTML).
 */
export const PRINT_DOCUMENTS = ['intakeForm', 'worksheet', 'agenda', 'minutes', 'bulletin'] as const
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

type MeetingDetail = z.output<typeof meetingDetailSchema>

/** The agenda circulated before the meeting. */
export interface AgendaPayload {
  schoolName: string
  committeeName: string
  printedAt: string
  meeting: MeetingDetail
}

/**
 * The minutes. For approved minutes `meeting` is the snapshot frozen at approval; amendments and
 * where the minutes were posted are added live (they happen after approval by nature).
 */
export interface MinutesPayload {
  schoolName: string
  committeeName: string
  printedAt: string
  retentionYears: number
  keepUntil: string
  meeting: MeetingDetail
  /** The previous meeting's minutes, and whether they were approved at this meeting. */
  previousMinutes: { heldOn: string; approvedHere: boolean } | null
  amendments: Array<{ amendedOn: string; text: string }>
  posting: { where: string; on: string | null } | null
}

/** "You said, we did": de-identified — receipt codes and categories, never names or places. */
export interface BulletinPayload {
  schoolName: string
  committeeName: string
  printedAt: string
  period: { start: string; end: string }
  counts: { reported: number; events: number; closed: number; verified: number }
  closed: Array<{ refCode: string; categoryName: string | null; closedOn: string | null; feedbackToStaff: string }>
  verified: Array<{ description: string; checkedOn: string; reportCodes: string[] }>
}

export interface PrintPayloads {
  intakeForm: IntakeFormPayload
  worksheet: WorksheetPayload
  agenda: AgendaPayload
  minutes: MinutesPayload
  bulletin: BulletinPayload
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
