import { join } from 'node:path'
import { app, BrowserWindow, dialog } from 'electron'
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE } from '../../shared/documents/pdfTemplates'
import { PRINT_READY_ATTRIBUTE, printRoute, type PrintDocument } from '../../shared/documents/printDocuments'
import type { DocumentHost } from '../services/documents/host'
import type { PrintDataStore } from '../services/documents/printDataStore'
import { APP_ENTRY_URL } from './origin'

const READY_TIMEOUT_MS = 20_000
const POLL_MS = 100

/**
 * Electron's DocumentHost (ARCHITECTURE.md "Documents (PDF)"): the renderer's print view is
 * loaded in a hidden, sandboxed window with NO preload — it cannot reach the api; its data comes
 * from the one-time print-data URL the protocol serves — then printed with printToPDF, the same
 * engine and options the browser preview uses through Chromium.
 */
export function createElectronDocumentHost(options: {
  store: PrintDataStore
  parentWindow: () => BrowserWindow | null
}): DocumentHost {
  return {
    async printToPdf(kind, payload) {
      const token = options.store.put(payload)
      const window = new BrowserWindow({
        show: false,
        webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, devTools: false }
      })
      try {
        await window.loadURL(`${APP_ENTRY_URL}${printRoute(kind as PrintDocument, token)}`)
        await waitForReady(window)
        const pdf = await window.webContents.printToPDF({
          pageSize: 'Letter',
          preferCSSPageSize: true,
          printBackground: true,
          generateTaggedPDF: true,
          displayHeaderFooter: true,
          headerTemplate: PDF_HEADER_TEMPLATE,
          footerTemplate: PDF_FOOTER_TEMPLATE
        })
        return new Uint8Array(pdf)
      } finally {
        options.store.release(token)
        window.destroy()
      }
    },

    async chooseSavePath(suggestedName) {
      const parent = options.parentWindow()
      const dialogOptions = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }]
      }
      const result = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions)
      return result.canceled || !result.filePath ? null : result.filePath
    }
  }
}

/** The print view sets data-print-ready once rendered and its fonts are loaded. */
async function waitForReady(window: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    const state = (await window.webContents.executeJavaScript(
      `document.documentElement.getAttribute(${JSON.stringify(PRINT_READY_ATTRIBUTE)})`
    )) as string | null
    if (state === 'true') return
    if (state === 'error') throw new Error('The print view could not render this document')
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  throw new Error(`The print view was not ready within ${READY_TIMEOUT_MS / 1000} s`)
}
