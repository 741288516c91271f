import type { ReactNode, Ref } from 'react'
import type { PrintDocument, PrintPayloads } from '../../../../shared/documents/printDocuments'
import { AgendaPrint, fitAgenda } from './agenda/AgendaPrint'
import { BulletinPrint } from './bulletin/BulletinPrint'
import { fitBulletin } from './bulletin/fitBulletin'
import { IntakeFormPrint } from './IntakeFormPrint'
import { MinutesPrint } from './minutes/MinutesPrint'
import { loadAgendaPayload, loadBulletinPayload, loadMinutesPayload } from './minutes/payloads'
import { loadIntakeFormPayload } from './printData'
import { WorksheetPrint } from './worksheet/WorksheetPrint'
import { loadWorksheetPayload } from './worksheet/worksheetPayload'

export interface PrintViewSpec<P> {
  /** Fetches and checks the payload for a data token. */
  load: (token: string) => Promise<P>
  /** The document; `documentRef` goes on its root, which is fitted to one page. */
  render: (payload: P, documentRef: Ref<HTMLElement>) => ReactNode
  /** How the root is fitted once fonts are loaded; default: fitToOnePage (the intake form's page). */
  fit?: (element: HTMLElement) => void
}

/**
 * The print views the renderer has, one per document. A document in PRINT_DOCUMENTS without an
 * entry here is not a print route yet (the host then times out naming the missing view).
 */
const PRINT_VIEWS: { [D in PrintDocument]?: PrintViewSpec<PrintPayloads[D]> } = {
  intakeForm: {
    load: loadIntakeFormPayload,
    render: (payload, documentRef) => <IntakeFormPrint payload={payload} documentRef={documentRef} />
  },
  // No documentRef: a worksheet may run to two pages and must not be shrunk to fit one.
  worksheet: {
    load: loadWorksheetPayload,
    render: (payload) => <WorksheetPrint payload={payload} />
  },
  // The minutes run onto as many pages as they need (no documentRef, as for the worksheet); the
  // agenda and the bulletin aim for one page, on their own margins and type sizes.
  agenda: {
    load: loadAgendaPayload,
    render: (payload, documentRef) => <AgendaPrint payload={payload} documentRef={documentRef} />,
    fit: fitAgenda
  },
  minutes: {
    load: loadMinutesPayload,
    render: (payload) => <MinutesPrint payload={payload} />
  },
  bulletin: {
    load: loadBulletinPayload,
    render: (payload, documentRef) => <BulletinPrint payload={payload} documentRef={documentRef} />,
    fit: fitBulletin
  }
}

export const hasPrintView = (document: string): document is PrintDocument => Object.hasOwn(PRINT_VIEWS, document)

export const printViewFor = (document: PrintDocument): PrintViewSpec<unknown> | undefined =>
  PRINT_VIEWS[document] as PrintViewSpec<unknown> | undefined
