import type { PrintDocument } from '../../../shared/documents/printDocuments'
import type { ServiceContext } from '../context'
import { exportPdf, type ExportResult } from './exportPdf'
import type { DocumentHost } from './host'
import { intakeFormPayload } from './intakeFormPayload'

/** Builds each document's payload and file name, then prints it through the host. */
export function documentService(ctx: ServiceContext, host: DocumentHost) {
  const builders: Record<PrintDocument, (id?: number) => { payload: unknown; fileName: string }> = {
    intakeForm: () => ({ payload: intakeFormPayload(ctx), fileName: 'Close Call - near-miss report form.pdf' })
  }
  return {
    payload: (document: PrintDocument, id?: number): unknown => builders[document](id).payload,
    async exportPdf(document: PrintDocument, id?: number): Promise<ExportResult> {
      const { payload, fileName } = builders[document](id)
      return exportPdf(host, document, payload, fileName)
    }
  }
}
