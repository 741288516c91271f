import type { PrintDocument } from '../../../shared/documents/printDocuments'
import type { ServiceContext } from '../context'
import { exportPdf, type ExportResult } from './exportPdf'
import type { DocumentHost } from './host'
import { intakeFormPayload } from './intakeFormPayload'
import { meetingDocuments } from './meetingDocuments'
import { settingsService } from '../settingsService'
import { worksheetService } from '../worksheets/worksheetService'
import { ServiceError } from '../serviceError'

const needId = (id: number | undefined): number => {
  if (!id) throw new ServiceError('INVALID_INPUT', 'Which record?', [{ path: 'id', messageKey: 'validation.required' }])
  return id
}

/** File names keep to characters every file system accepts. */
const safeFileName = (text: string) => text.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim().slice(0, 80)

/** Builds each document's payload and file name, then prints it through the host. */
export function documentService(ctx: ServiceContext, host: DocumentHost) {
  const meetingDocs = meetingDocuments(ctx)
  const meetingDate = (id: number) => ctx.repos.meetings.get(id)?.heldOn ?? ''
  const builders: Record<PrintDocument, (id?: number) => { payload: unknown; fileName: string }> = {
    intakeForm: () => ({ payload: intakeFormPayload(ctx), fileName: 'Close Call - near-miss report form.pdf' }),
    worksheet: (id) => {
      const worksheet = worksheetService(ctx).get(needId(id))
      const settings = settingsService(ctx).get()
      return {
        payload: { schoolName: settings.schoolName, committeeName: settings.committeeName, printedAt: ctx.now().toISOString(), worksheet },
        fileName: `Root-cause worksheet - ${safeFileName(worksheet.title)}.pdf`
      }
    },
    agenda: (id) => ({ payload: meetingDocs.agenda(needId(id)), fileName: `Safety committee agenda ${meetingDate(needId(id))}.pdf` }),
    minutes: (id) => ({ payload: meetingDocs.minutes(needId(id)), fileName: `Safety committee minutes ${meetingDate(needId(id))}.pdf` }),
    bulletin: (id) => ({ payload: meetingDocs.bulletin(needId(id)), fileName: `You said, we did - ${meetingDate(needId(id))}.pdf` })
  }
  return {
    payload: (document: PrintDocument, id?: number): unknown => builders[document](id).payload,
    async exportPdf(document: PrintDocument, id?: number): Promise<ExportResult> {
      const { payload, fileName } = builders[document](id)
      return exportPdf(host, document, payload, fileName)
    }
  }
}
