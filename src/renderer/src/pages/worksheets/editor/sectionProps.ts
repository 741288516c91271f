import type { WorksheetDetail, WorksheetHandle } from '../../../api/useWorksheet'

/** Every editor section gets the stored worksheet and the handle to change it. */
export interface SectionProps {
  worksheet: WorksheetDetail
  handle: WorksheetHandle
}
