import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startPreviewServer, type PreviewServer } from '../../scripts/preview/server'
import { makeTempDataDir, removeDataDir } from '../support/dataDir'
import { migrationsFolder, rendererDir, assertRendererBuilt } from '../support/paths'
import { pdfPages, pdfText } from '../support/pdfText'
import { writePrintViewFixture } from '../support/printViewFixture'
import { rawRequest } from '../support/rawHttp'

/**
 * The preview's DocumentHost (scripts/preview/chromiumPdfHost.ts) with the server in this
 * process, so the test can reach the host and its print-data store directly. The full export
 * runs against a fixture print view (test/support/printViewFixture.ts); the real renderer is
 * used only for the not-ready path until its print views exist.
 */

const TOKEN_HEADER = 'x-close-call-token'

const ipcCaller = async (preview: PreviewServer) => {
  const origin = preview.url.slice(0, -1)
  // Same way preview-server.test.ts learns the token: a local process may read api.js.
  const token = /"token":"([\w-]+)"/.exec((await rawRequest(origin, '/__preview/api.js')).body)?.[1] ?? ''
  return async (channel: string, input?: unknown) => {
    const response = await rawRequest(origin, '/__preview/ipc', {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ channel, input })
    })
    return JSON.parse(response.body) as { ok: boolean; data?: unknown; error?: { code: string } }
  }
}

describe('PDF export through the preview, with a fixture print view', () => {
  let dataDir: string
  let fixtureDir: string
  let preview: PreviewServer
  let ipc: Awaited<ReturnType<typeof ipcCaller>>
  let origin: string

  beforeAll(async () => {
    dataDir = await makeTempDataDir('e2e-pdf')
    fixtureDir = await writePrintViewFixture()
    preview = await startPreviewServer({ dataDir, rendererDir: fixtureDir, migrationsFolder, printReadyTimeoutMs: 8_000 })
    origin = preview.url.slice(0, -1)
    ipc = await ipcCaller(preview)
  })

  afterAll(async () => {
    await preview?.close()
    await removeDataDir(dataDir)
    await removeDataDir(fixtureDir)
  })

  test('serves print data once, same origin only, and 404 for unknown tokens', async () => {
    const token = preview.printData.put({ schoolName: 'Maple Grove' })
    const path = `/print-data/${token}.json`

    const crossSite = await rawRequest(origin, path, { headers: { 'sec-fetch-site': 'cross-site' } })
    const sameSite = await rawRequest(origin, path, { headers: { 'sec-fetch-site': 'same-site' } })
    expect([crossSite.status, sameSite.status]).toEqual([403, 403])
    expect((await rawRequest(origin, path, { method: 'HEAD' })).status).toBe(405)

    // Refusals did not use the token up; the first real read does.
    const first = await rawRequest(origin, path, { headers: { 'sec-fetch-site': 'same-origin' } })
    expect(first.status).toBe(200)
    expect(first.contentType).toBe('application/json; charset=utf-8')
    expect(JSON.parse(first.body)).toEqual({ schoolName: 'Maple Grove' })
    expect((await rawRequest(origin, path)).status).toBe(404)

    expect((await rawRequest(origin, `/print-data/${'A'.repeat(43)}.json`)).status).toBe(404)
    expect((await rawRequest(origin, '/print-data/')).status).toBe(404)
    expect((await rawRequest(origin, `/print-data/${token}.js`)).status).toBe(404)
  })

  test('documents:exportPdf prints the view to a PDF in the export folder, never overwriting', async () => {
    expect(await ipc('settings:update', { schoolName: 'Maple Grove Elementary' })).toMatchObject({ ok: true })

    const first = await ipc('documents:exportPdf', { document: 'intakeForm' })
    const second = await ipc('documents:exportPdf', { document: 'intakeForm' })
    const exportDir = join(dataDir, 'exports')
    expect(preview.exportDir).toBe(exportDir)
    expect(first).toMatchObject({ ok: true, data: { saved: true, path: join(exportDir, 'Close Call - near-miss report form.pdf') } })
    expect(second).toMatchObject({ ok: true, data: { saved: true, path: join(exportDir, 'Close Call - near-miss report form (2).pdf') } })
    expect((await readdir(exportDir)).length).toBe(2)

    const file = (first.data as { path: string; bytes: number }).path
    const bytes = await readFile(file)
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.length).toBe((first.data as { bytes: number }).bytes)
    expect(await pdfPages(file)).toBe(1)

    const text = await pdfText(file)
    expect(text).toContain('Near-miss report')
    expect(text).toContain('School: Maple Grove Elementary')
    expect(text).toContain('Page 1 of 1')
    // What the print view saw: its token was single-use, and the outside request was stopped.
    expect(text).toContain('Second fetch: 404')
    expect(text).toContain('Outside request: blocked')
    // Nothing is left waiting in the store after a print.
    expect(preview.printData.size).toBe(0)
  })

  test('a print view that reports an error, or never gets ready, fails with a clear message', async () => {
    await expect(preview.documentHost.printToPdf('broken', {})).rejects.toThrow(
      'The print view #/print/broken could not render (data-print-ready="error")'
    )
    await expect(preview.documentHost.printToPdf('silent', {})).rejects.toThrow(
      /^The print view #\/print\/silent was not ready within 8 s: it never set data-print-ready on <html>/
    )
    expect(preview.printData.size).toBe(0)
  })
})

describe('the real renderer', () => {
  let dataDir: string
  let preview: PreviewServer

  beforeAll(async () => {
    assertRendererBuilt()
    dataDir = await makeTempDataDir('e2e-pdf-renderer')
    preview = await startPreviewServer({ dataDir, rendererDir, migrationsFolder, printReadyTimeoutMs: 3_000 })
  })

  afterAll(async () => {
    await preview?.close()
    await removeDataDir(dataDir)
  })

  // TODO when the renderer's #/print/intakeForm lands: export it through documents:exportPdf
  // here and check the PDF text for "Near-miss report", as the fixture test above does.
  test('times out with a clear error for a print view it does not have', async () => {
    await expect(preview.documentHost.printToPdf('noSuchDocument', { any: 'payload' })).rejects.toThrow(
      'The print view #/print/noSuchDocument was not ready within 3 s'
    )
    expect(preview.printData.size).toBe(0)
  })
})
