import type { WorksheetPayload } from '../../../../../shared/documents/printDocuments'
import { worksheetDetailSchema } from '../../../../../shared/ipc/schemas/worksheets'
import { fetchPrintData } from '../printData'

/**
 * The worksheet's print data, checked before anything is drawn: the worksheet part against the
 * very schema main answers `worksheets:get` with, so a wrong shape is an error, not a half page.
 */
export function isWorksheetPayload(value: unknown): value is WorksheetPayload {
  if (!value || typeof value !== 'object') return false
  const payload = value as Record<string, unknown>
  return (
    typeof payload.schoolName === 'string' &&
    typeof payload.committeeName === 'string' &&
    typeof payload.printedAt === 'string' &&
    !Number.isNaN(Date.parse(payload.printedAt)) &&
    worksheetDetailSchema.safeParse(payload.worksheet).success
  )
}

export async function loadWorksheetPayload(token: string): Promise<WorksheetPayload> {
  const data = await fetchPrintData(token)
  if (!isWorksheetPayload(data)) throw new Error('Print data for worksheet has an unexpected shape')
  return data
}
