import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../src/shared/ipc/channels'
import { createFakeElectron, type FakeElectron } from './fakeElectron'

/**
 * The Electron shell wired to a fake Electron and the real backend on a temp folder: every
 * channel gets a handler, foreign frames are refused, pages are served with the CSP, the
 * network is cut, and a database that cannot be opened is explained, not touched.
 */
let temp: string
let outDir: string
let fake: FakeElectron

beforeEach(() => {
  temp = mkdtempSync(join(tmpdir(), 'close-call-shell-'))
  outDir = join(temp, 'out')
  mkdirSync(join(outDir, 'renderer', 'assets'), { recursive: true })
  writeFileSync(join(outDir, 'renderer', 'index.html'), '<!doctype html><title>Close Call</title>')
  writeFileSync(join(temp, 'secret.txt'), 'not for the renderer')
  fake = createFakeElectron({ userData: join(temp, 'userData') })
  vi.resetModules()
  vi.doMock('electron', () => fake.electron)
})

afterEach(() => {
  fake.electron.app.emit('will-quit')
  vi.restoreAllMocks()
  vi.doUnmock('electron')
  rmSync(temp, { recursive: true, force: true })
})

async function start(argv: string[] = []): Promise<void> {
  const { startApp } = await import('../../../src/main/app/lifecycle')
  startApp({ outDir, argv: ['electron', '.', ...argv], env: {} })
  fake.ready()
  await new Promise((resolve) => setTimeout(resolve, 0))
}

const invoke = (channel: string, sender: { url: string | undefined; parent: unknown; id: number }, input?: unknown) => {
  const handler = fake.state.ipcHandlers.get(channel) as (event: unknown, input: unknown) => Promise<unknown>
  const frame = sender.url === undefined ? null : { url: sender.url, parent: sender.parent }
  return handler({ senderFrame: frame, sender: { id: sender.id } }, input)
}

describe('Electron shell (fake Electron, real backend)', () => {
  it('opens one locked-down window on our own origin', async () => {
    await start(['--data-dir', join(temp, 'data')])
    expect(fake.state.sandboxEnabled).toBe(true)
    expect(fake.state.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }
    ])
    expect(fake.state.windows).toHaveLength(1)
    const window = fake.state.windows[0]!
    expect(window.loadedUrl).toBe('app://close-call/index.html')
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(outDir, 'preload', 'index.js')
    })
    expect(window.options['title']).toBe('Close Call')
    expect(fake.state.userData).toBe(join(temp, 'data'))
    expect(fake.state.menu).not.toBeNull()
  })

  it('handles every channel, for our main frame only', async () => {
    await start(['--data-dir', join(temp, 'data')])
    expect([...fake.state.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort())
    const id = fake.state.windows[0]!.webContents.id

    const info = (await invoke('app:info', { url: 'app://close-call/index.html#/settings', parent: null, id })) as {
      ok: boolean
      data: { dataDir: string; runtime: string }
    }
    expect(info.ok).toBe(true)
    expect(info.data).toMatchObject({ dataDir: join(temp, 'data'), runtime: 'electron' })

    for (const sender of [
      { url: 'app://close-call/index.html', parent: {}, id },
      { url: 'https://example.com/', parent: null, id },
      { url: 'app://close-call/index.html', parent: null, id: id + 100 },
      { url: undefined, parent: null, id }
    ]) {
      expect(await invoke('settings:get', sender), JSON.stringify(sender)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' }
      })
    }
  })

  it('serves the renderer with the CSP and nothing outside it', async () => {
    await start(['--data-dir', join(temp, 'data')])
    const serve = fake.state.protocolHandlers.get('app')!
    const page = await serve(new Request('app://close-call/index.html'))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(await page.text()).toContain('Close Call')
    for (const url of ['app://close-call/..%2fsecret.txt', 'app://close-call/%2e%2e%2fsecret.txt', 'app://close-call/missing.js']) {
      const response = await serve(new Request(url))
      expect(response.status, url).toBe(404)
    }
  })

  it('cuts the network, denies permissions, new windows, webviews and foreign navigation', async () => {
    await start(['--data-dir', join(temp, 'data')])
    const decide = (url: string) =>
      new Promise<boolean>((resolve) => fake.state.beforeRequest!({ url }, ({ cancel }) => resolve(cancel)))
    expect(await decide('https://fonts.googleapis.com/css')).toBe(true)
    expect(await decide('app://close-call/assets/index.js')).toBe(false)

    const granted = await new Promise<boolean>((resolve) => fake.state.permissionRequest!({}, 'media', resolve))
    expect(granted).toBe(false)
    expect(fake.state.permissionCheck!()).toBe(false)

    const contents = fake.state.windows[0]!.webContents
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    const navigate = (url: string) => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) }
      contents.emit('will-navigate', event, url)
      return event.prevented
    }
    expect(navigate('https://example.com/')).toBe(true)
    expect(navigate('app://close-call/index.html#/report')).toBe(false)
    const webview = { prevented: false, preventDefault: () => (webview.prevented = true) }
    contents.emit('will-attach-webview', webview)
    expect(webview.prevented).toBe(true)
  })

  it('explains a damaged database file, exits, and leaves it exactly as it was', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const dataDir = join(temp, 'data')
    mkdirSync(dataDir)
    const garbage = Buffer.from('this is not a SQLite database '.repeat(200))
    writeFileSync(join(dataDir, 'close-call.db'), garbage)
    await start(['--data-dir', dataDir])
    expect(fake.state.errorBoxes).toHaveLength(1)
    expect(fake.state.errorBoxes[0]!.body).toMatch(/may be damaged/)
    expect(fake.state.errorBoxes[0]!.body).toContain(join(dataDir, 'close-call.db'))
    expect(fake.state.exitCode).toBe(1)
    expect(readFileSync(join(dataDir, 'close-call.db')).equals(garbage)).toBe(true)
  })

  it('explains a data folder it cannot use, exits, and leaves the file alone', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const notAFolder = join(temp, 'data-is-a-file')
    writeFileSync(notAFolder, 'precious')
    await start(['--data-dir', notAFolder])
    expect(fake.state.errorBoxes).toHaveLength(1)
    expect(fake.state.errorBoxes[0]!.title).toMatch(/cannot open/i)
    expect(fake.state.errorBoxes[0]!.body).toContain(notAFolder)
    expect(fake.state.errorBoxes[0]!.body).toMatch(/Nothing has been deleted|has not been changed/)
    expect(fake.state.exitCode).toBe(1)
    expect(fake.state.windows).toHaveLength(0)
    expect(readFileSync(notAFolder, 'utf8')).toBe('precious')
  })

  it('quits at once when another copy holds the lock', async () => {
    fake.electron.app.requestSingleInstanceLock.mockReturnValue(false)
    await start(['--data-dir', join(temp, 'data')])
    expect(fake.state.quitCalled).toBe(true)
    expect(fake.state.windows).toHaveLength(0)
  })

  it('focuses the first window when a second copy starts', async () => {
    await start(['--data-dir', join(temp, 'data')])
    const window = fake.state.windows[0]!
    window.shown = false
    fake.electron.app.emit('second-instance')
    expect(window.shown).toBe(true)
  })
})
