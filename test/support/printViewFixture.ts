import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A stand-in renderer with a minimal print view, so the PDF host can be tested end to end while
 * the real print views are still being written. It follows the same contract as the real ones
 * (src/shared/documents/printDocuments.ts): read the token from `#/print/<kind>?data=<token>`,
 * fetch `print-data/<token>.json`, render as text, then set data-print-ready on <html>.
 * It also writes down what it observed, so the PDF itself shows whether the host's guards held:
 * a second fetch of the same token, and a request to another host.
 *
 * Kinds: `broken` reports 'error'; `silent` never becomes ready; anything else renders.
 */
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self' http://192.0.2.1" />
    <title>Print view fixture</title>
    <link rel="stylesheet" href="./print.css" />
    <script type="module" src="./print.js"></script>
  </head>
  <body></body>
</html>
`

const PRINT_CSS = `@page { size: Letter; margin: 0.75in 0.75in 0.9in; }
body { font-family: sans-serif; font-size: 11pt; }
`

// connect-src allows 192.0.2.1 (TEST-NET, never routed) so that only the host's own blocking
// can stop the outside request; the race against a timer keeps a leak from hanging the test.
const PRINT_JS = `const html = document.documentElement
const line = (text, tag = 'p') => {
  const element = document.createElement(tag)
  element.textContent = text
  document.body.append(element)
}
const [, kind, token] = /^#\\/print\\/([\\w-]+)\\?data=([\\w-]+)$/.exec(location.hash) ?? []
try {
  if (kind === 'broken') throw new Error('fixture: broken on purpose')
  if (kind !== 'silent') {
    const response = await fetch('./print-data/' + token + '.json')
    const data = await response.json()
    line('Near-miss report', 'h1')
    line('School: ' + data.schoolName)
    line('Locations: ' + data.locations.join(', '))
    line('Second fetch: ' + (await fetch('./print-data/' + token + '.json')).status)
    const outside = await Promise.race([
      fetch('http://192.0.2.1/leak', { mode: 'no-cors' }).then(() => 'reached', () => 'blocked'),
      new Promise((resolve) => setTimeout(() => resolve('not blocked (timed out)'), 5000))
    ])
    line('Outside request: ' + outside)
    await document.fonts.ready
    html.setAttribute('data-print-ready', 'true')
  }
} catch (error) {
  console.error(error)
  html.setAttribute('data-print-ready', 'error')
}
`

/** Writes the fixture renderer into a new temp folder and returns its path. */
export const writePrintViewFixture = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'close-call-print-fixture-'))
  await writeFile(join(dir, 'index.html'), INDEX_HTML)
  await writeFile(join(dir, 'print.css'), PRINT_CSS)
  await writeFile(join(dir, 'print.js'), PRINT_JS)
  return dir
}
