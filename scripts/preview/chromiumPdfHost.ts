import type { Browser, BrowserContext } from 'playwright-core'
import type { DocumentHost } from '../../src/main/services/documents/host'
import { PRINT_READY_ATTRIBUTE, printRoute, type PrintDocument } from '../../src/shared/documents/printDocuments'
import { choosePathIn } from './exportDir'
import { chromiumPath, launchChromium } from './launchChromium'
import type { PrintDataStore } from '../../src/main/services/documents/printDataStore'
import { PDF_FOOTER_TEMPLATE, PDF_HEADER_TEMPLATE } from '../../src/shared/documents/pdfTemplates'

export interface ChromiumPdfHostOptions {
  /** http://127.0.0.1:PORT/ — a function because the port is known only after listen(). */
  pageUrl: () => string
  store: PrintDataStore
  /** Where chooseSavePath puts files (the preview has no save dialog). */
  exportDir: string
  /** How long the print view may take to set data-print-ready. */
  readyTimeoutMs?: number
}

export interface ChromiumPdfHost extends DocumentHost {
  /** Closes the browser, if one was started. Later prints fail. */
  close(): Promise<void>
}


/**
 * The browser preview's DocumentHost: Chromium (through playwright-core) renders the renderer's
 * print view and prints it, as Electron's hidden window does in the app (ARCHITECTURE.md,
 * "Documents (PDF)"). The browser starts on the first print, not with the preview, because
 * most sessions never print; it is then reused, and each print gets its own context (no shared
 * storage) that may reach only the preview server.
 */
export const createChromiumPdfHost = (options: ChromiumPdfHostOptions): ChromiumPdfHost => {
  const readyTimeoutMs = options.readyTimeoutMs ?? 20_000
  let browser: Promise<Browser> | undefined
  let closed = false

  const getBrowser = (): Promise<Browser> => {
    if (closed) return Promise.reject(new Error('The preview is closing: no more PDF printing.'))
    if (!browser) {
      const launching = launchChromium().then(
        (started) => {
          // A crashed browser is started again on the next print instead of failing forever.
          started.once('disconnected', () => {
            if (browser === launching) browser = undefined
          })
          return started
        },
        (error: unknown) => {
          browser = undefined
          throw new Error(`Could not start Chromium (${chromiumPath()}) to print a PDF; set CHROMIUM_PATH if it lives elsewhere.`, { cause: error })
        }
      )
      browser = launching
    }
    return browser
  }

  const newIsolatedContext = async (origin: string): Promise<BrowserContext> => {
    const context = await (await getBrowser()).newContext({
      locale: 'en-US',
      reducedMotion: 'reduce',
      // A service worker's requests would bypass route() below.
      serviceWorkers: 'block'
    })
    // No network: a print view that asks for anything but the preview server gets an error.
    await context.route((url) => url.origin !== origin, (route) => route.abort('blockedbyclient'))
    await context.routeWebSocket(() => true, (socket) => socket.close())
    return context
  }

  const render = async (kind: string, token: string): Promise<Uint8Array> => {
    const base = options.pageUrl()
    // The backend only asks for kinds its contract knows; the check keeps the URL well formed if
    // that ever changes. An unknown kind still reaches the renderer, which never says ready.
    if (!/^[A-Za-z][\w-]*$/.test(kind)) throw new Error(`Not a print view name: ${JSON.stringify(kind)}`)
    const route = printRoute(kind as PrintDocument, token)
    const where = `#/print/${kind}`
    const context = await newIsolatedContext(new URL(base).origin)
    try {
      const page = await context.newPage()
      const pageErrors: string[] = []
      page.on('pageerror', (error) => pageErrors.push(error.message))
      await page.goto(base + route, { timeout: readyTimeoutMs })
      try {
        await page.locator(`html[${PRINT_READY_ATTRIBUTE}]`).waitFor({ state: 'attached', timeout: readyTimeoutMs })
      } catch (error) {
        const seconds = readyTimeoutMs / 1000
        throw new Error(
          `The print view ${where} was not ready within ${seconds} s: it never set ${PRINT_READY_ATTRIBUTE} on <html>. ` +
            `Does the renderer have this print view, and is out/renderer rebuilt?` +
            (pageErrors.length ? ` Page errors: ${pageErrors.join(' | ')}` : ''),
          { cause: error }
        )
      }
      const state = await page.locator('html').getAttribute(PRINT_READY_ATTRIBUTE)
      if (state !== 'true') {
        throw new Error(
          `The print view ${where} could not render (${PRINT_READY_ATTRIBUTE}="${state}").` +
            (pageErrors.length ? ` Page errors: ${pageErrors.join(' | ')}` : '')
        )
      }
      await page.emulateMedia({ media: 'print' })
      // The print view's CSS @page sets size and margins (preferCSSPageSize); Letter is only the
      // fallback. tagged: a PDF with structure, so screen readers can read the document.
      return await page.pdf({
        format: 'Letter',
        preferCSSPageSize: true,
        printBackground: true,
        tagged: true,
        displayHeaderFooter: true,
        headerTemplate: PDF_HEADER_TEMPLATE,
        footerTemplate: PDF_FOOTER_TEMPLATE
      })
    } finally {
      await context.close()
    }
  }

  return {
    async printToPdf(kind, payload) {
      const token = options.store.put(payload)
      try {
        return await render(kind, token)
      } finally {
        // Fetched or not, the payload is of no use once the print is over.
        options.store.release(token)
      }
    },
    chooseSavePath: (suggestedName) => choosePathIn(options.exportDir, suggestedName),
    async close() {
      closed = true
      const started = browser
      browser = undefined
      await started?.then((running) => running.close()).catch(() => undefined)
    }
  }
}
