import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { CHANNELS } from '../../src/shared/ipc/channels'
import { openPage } from '../support/chromium'
import { usePreviewSession } from '../support/previewSession'
import { rawRequest } from '../support/rawHttp'

const session = usePreviewSession('e2e-preview')
let token: string

const TOKEN_HEADER = 'x-close-call-token'

beforeAll(async () => {
  // A local non-browser process may read api.js (it sends no Sec-Fetch-Site); the server's
  // comment explains why that is outside the threat model. Tests use it to learn the token.
  const script = await rawRequest(session.preview.origin, '/__preview/api.js')
  token = /"token":"([\w-]+)"/.exec(script.body)?.[1] ?? ''
  expect(token).toMatch(/^[\w-]{40,}$/)
})

// Runs before the session's own teardown (vitest runs after-hooks last-registered first); the
// session's later stop() only reads the exit code again.
afterAll(async () => {
  expect(await session.preview.stop()).toBe(0)
})

const postIpc = (body: string, headers: Record<string, string> = {}) =>
  rawRequest(session.preview.origin, '/__preview/ipc', {
    method: 'POST',
    headers: { origin: session.preview.origin, 'content-type': 'application/json', [TOKEN_HEADER]: token, ...headers },
    body
  })

describe('browser preview server', () => {
  test('prints exactly one line and serves the renderer with the api script first', async () => {
    expect(session.preview.stdoutLines()).toEqual([`Close Call preview: ${session.preview.url}`])

    const index = await rawRequest(session.preview.origin, '/')
    expect(index.status).toBe(200)
    expect(index.contentType).toMatch(/^text\/html/)
    const apiTag = index.body.indexOf('<script src="./__preview/api.js"></script>')
    expect(apiTag).toBeGreaterThan(-1)
    expect(apiTag).toBeLessThan(index.body.search(/<script\b[^>]*type="module"/))

    const moduleSrc = /<script\b[^>]*type="module"[^>]*src="\.([^"]+)"/.exec(index.body)?.[1] ?? ''
    const appScript = await rawRequest(session.preview.origin, moduleSrc)
    expect(appScript.status).toBe(200)
    expect(appScript.contentType).toMatch(/^text\/javascript/)
  })

  test('refuses IPC without the token, with a wrong token, or from another origin (403)', async () => {
    const body = JSON.stringify({ channel: 'app:info' })
    const refusals: Record<string, string>[] = [
      { [TOKEN_HEADER]: '' },
      { [TOKEN_HEADER]: 'x'.repeat(token.length) },
      { origin: 'http://127.0.0.1:1' },
      { origin: 'http://evil.example' }
    ]
    for (const headers of refusals) {
      const refused = await postIpc(body, headers)
      expect(refused.status, JSON.stringify(headers)).toBe(403)
      expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    const accepted = await postIpc(body)
    expect(JSON.parse(accepted.body)).toMatchObject({ ok: true, data: { runtime: 'browser-preview' } })
  })

  test('answers an unknown channel with UNKNOWN_CHANNEL and bad JSON with INVALID_INPUT', async () => {
    const unknown = await postIpc(JSON.stringify({ channel: 'reports:dropTable', input: {} }))
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })

    const malformed = await postIpc('{"channel": ')
    expect(malformed.status).toBe(400)
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  test('serves nothing outside out/renderer, to a foreign Host, or api.js to another site', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/nope.js']) {
      expect((await rawRequest(session.preview.origin, path)).status, path).toBe(404)
    }
    const rebound = await rawRequest(session.preview.origin, '/', { headers: { host: 'evil.example' } })
    expect(rebound.status).toBe(403)
    const crossSite = await rawRequest(session.preview.origin, '/__preview/api.js', { headers: { 'sec-fetch-site': 'cross-site' } })
    expect(crossSite.status).toBe(403)
  })

  test('gives the page a window.api with one function per channel, and nothing to other origins', async () => {
    const { page, context } = await openPage(session.browser, session.preview.url)
    const shape = await page.evaluate(() =>
      Object.entries((globalThis as unknown as { api: Record<string, unknown> }).api).map(
        ([name, value]) => `${name}:${typeof value}`
      )
    )
    expect(shape.sort()).toEqual(CHANNELS.map((channel) => `${channel}:function`).sort())
    await context.close()

    // A page from another local port tries to borrow the api and to post to the server. No
    // network guard here: its blocking would make this pass for the wrong reason.
    const attacker = await serveHtml(`<script src="${session.preview.url}__preview/api.js"></script>`)
    const other = await session.browser.newPage()
    try {
      await other.goto(attacker.url)
      const outcome = await other.evaluate(async (target) => {
        const hasApi = 'api' in globalThis
        const status = await fetch(`${target}__preview/ipc`, { method: 'POST', body: '{"channel":"app:info"}' })
          .then((response) => String(response.status))
          .catch(() => 'blocked')
        return { hasApi, status }
      }, session.preview.url)
      expect(outcome).toEqual({ hasApi: false, status: 'blocked' })
    } finally {
      await other.close()
      attacker.server.close()
    }
  })
})

const serveHtml = async (html: string): Promise<{ server: Server; url: string }> => {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` }
}
