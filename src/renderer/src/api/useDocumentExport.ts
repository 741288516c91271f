import { useCallback, useRef, useState } from 'react'
import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { callApi, type UiError } from './client'

export type DocumentExportInput = ChannelInput<'documents:exportPdf'>
export type DocumentExportResult = ChannelOutput<'documents:exportPdf'>

export type DocumentExportState =
  | { status: 'idle' }
  | { status: 'working' }
  | { status: 'done'; result: DocumentExportResult }
  | { status: 'error'; error: UiError }

/**
 * Export one print view as a PDF (main prints it and asks where to save). A second press while
 * one export runs is ignored rather than queued: printing takes seconds and a double click
 * should not produce two files.
 */
export function useDocumentExport(): { state: DocumentExportState; run: (input: DocumentExportInput) => Promise<void> } {
  const [state, setState] = useState<DocumentExportState>({ status: 'idle' })
  const busy = useRef(false)
  const run = useCallback(async (input: DocumentExportInput) => {
    if (busy.current) return
    busy.current = true
    setState({ status: 'working' })
    const result = await callApi('documents:exportPdf', input)
    busy.current = false
    setState(result.ok ? { status: 'done', result: result.data } : { status: 'error', error: result.error })
  }, [])
  return { state, run }
}
