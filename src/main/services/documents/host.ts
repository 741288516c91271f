/**
 * What the backend needs from whoever hosts it, for things that differ between Electron and the
 * browser preview: printing a print view to PDF and asking where to save a file. Electron's
 * main/app implements it with a hidden BrowserWindow and a save dialog; the preview with
 * Chromium through playwright-core. Keeping it an interface keeps services Electron-free.
 */
export interface DocumentHost {
  /**
   * Renders the renderer's print view `#/print/<kind>` with `payload` as its data and returns
   * the PDF bytes. The host serves the payload to the print view; the view never calls the api.
   */
  printToPdf(kind: string, payload: unknown): Promise<Uint8Array>
  /** Asks where to save; null when the person cancels. */
  chooseSavePath(suggestedName: string): Promise<string | null>
}
