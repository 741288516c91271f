import { describe, expect, it } from 'vitest'
import { isAllowedNavigation, isAllowedRequest, isAppUrl } from '../../../src/main/app/origin'
import { resolveDevServerUrl, resolveMigrationsFolder } from '../../../src/main/app/paths'
import path from 'node:path'

const dev = 'http://localhost:5173/'

describe('isAppUrl', () => {
  it('knows our origin by scheme and host', () => {
    expect(isAppUrl('app://close-call/index.html')).toBe(true)
    expect(isAppUrl('app://close-call.example/index.html')).toBe(false)
    expect(isAppUrl('APP://CLOSE-CALL/index.html')).toBe(true)
    expect(isAppUrl(undefined)).toBe(false)
  })
})

describe('isAllowedRequest (no network, ever)', () => {
  it('allows local schemes', () => {
    for (const url of [
      'app://close-call/assets/index.js',
      'devtools://devtools/bundled/inspector.html',
      'data:image/png;base64,AAAA',
      'blob:app://close-call/0b8f6c3e-8f1f-4f7e-9a55-1b2c3d4e5f60',
      'file:///C:/Users/staff/Pictures/photo.jpg'
    ]) {
      expect(isAllowedRequest(url, null), url).toBe(true)
    }
  })

  it('cancels everything that could leave the machine', () => {
    for (const url of [
      'https://fonts.googleapis.com/css2?family=Inter',
      'http://example.com/',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'ftp://example.com/file',
      'app://evil/index.html',
      'chrome-extension://abc/page.html',
      'garbage'
    ]) {
      expect(isAllowedRequest(url, null), url).toBe(false)
    }
  })

  it('allows only the dev server (and its hot-reload socket) in development', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/?token=abc', dev)).toBe(true)
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false)
    expect(isAllowedRequest('https://cdn.example.com/react.js', dev)).toBe(false)
  })
})

describe('isAllowedNavigation', () => {
  it('stays on our pages', () => {
    expect(isAllowedNavigation('app://close-call/index.html#/meetings', null)).toBe(true)
    expect(isAllowedNavigation('https://example.com/', null)).toBe(false)
    expect(isAllowedNavigation('file:///etc/passwd', null)).toBe(false)
    expect(isAllowedNavigation('http://localhost:5173/', null)).toBe(false)
    expect(isAllowedNavigation('http://localhost:5173/#/report', dev)).toBe(true)
  })
})

describe('resolveDevServerUrl', () => {
  it('uses the dev server only unpackaged and only on this machine', () => {
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: dev }, false)).toBe(dev)
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'http://127.0.0.1:5173' }, false)).toBe('http://127.0.0.1:5173/')
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: dev }, true)).toBeNull()
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false)).toBeNull()
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/index.html' }, false)).toBeNull()
    expect(resolveDevServerUrl({}, false)).toBeNull()
  })
})

describe('resolveMigrationsFolder', () => {
  it('reads migrations from resources when packaged and from the source tree otherwise', () => {
    const packaged = resolveMigrationsFolder({ isPackaged: true, resourcesPath: '/opt/cc/resources', appPath: '/opt/cc/resources/app.asar' })
    expect(packaged).toBe(path.join('/opt/cc/resources', 'migrations'))
    const dev = resolveMigrationsFolder({ isPackaged: false, resourcesPath: '/x', appPath: '/repo' })
    expect(dev).toBe(path.join('/repo', 'src', 'main', 'db', 'migrations'))
  })
})
