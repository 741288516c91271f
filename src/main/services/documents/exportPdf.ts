import { writeFile } from 'node:fs/promises'
import { ServiceError } from '../serviceError'
import type { DocumentHost } from './host'

export interface ExportResult {
  saved: boolean
  path: string | null
  bytes: number
}

/**
 * Print, ask where to save, write. Printing comes first so a broken document never leaves a
 * half-written file; a folder that cannot be written gives IO_ERROR with the reason.
 */
export async function exportPdf(host: DocumentHost, kind: string, payload: unknown, suggestedName: string): Promise<ExportResult> {
  const pdf = await host.printToPdf(kind, payload)
  const path = await host.chooseSavePath(suggestedName)
  if (!path) return { saved: false, path: null, bytes: 0 }
  try {
    await writeFile(path, pdf)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown'
    throw new ServiceError('IO_ERROR', `Could not write ${path} (${reason})`, [{ path: 'file', messageKey: `errors.file.${reason === 'EACCES' || reason === 'EPERM' ? 'noPermission' : reason === 'ENOSPC' ? 'diskFull' : reason === 'ENOENT' ? 'noFolder' : 'cannotWrite'}` }])
  }
  return { saved: true, path, bytes: pdf.byteLength }
}
