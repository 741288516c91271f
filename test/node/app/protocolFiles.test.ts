import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  contentTypeFor,
  resolveAppFile,
  responseHeadersFor
} from '../../../src/main/app/protocolFiles'

const root = path.resolve('/opt/close-call/out/renderer')
const winRoot = 'C:\\Program Files\\Close Call\\resources\\app.asar\\out\\renderer'

describe('resolveAppFile', () => {
  it('serves files under the renderer folder', () => {
    expect(resolveAppFile(root, 'app://close-call/index.html')).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://close-call/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'))
  })

  it('serves index.html for the bare origin and for folders', () => {
    expect(resolveAppFile(root, 'app://close-call/')).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://close-call')).toBe(path.join(root, 'index.html'))
    expect(resolveAppFile(root, 'app://close-call/assets/')).toBe(path.join(root, 'assets', 'index.html'))
  })

  it('ignores the query and the hash route', () => {
    expect(resolveAppFile(root, 'app://close-call/index.html?x=1#/print/minutes/3')).toBe(path.join(root, 'index.html'))
  })

  it('decodes percent-encoded names', () => {
    expect(resolveAppFile(root, 'app://close-call/assets/my%20font.woff2')).toBe(path.join(root, 'assets', 'my font.woff2'))
  })

  it('never leaves the renderer folder through ..', () => {
    // The URL parser already folds plain and %2e dot segments; what is left must stay inside.
    for (const url of ['app://close-call/../../etc/passwd', 'app://close-call/%2e%2e/%2e%2e/etc/passwd', 'app://close-call/assets/%2E%2E/%2e%2E/secret']) {
      const file = resolveAppFile(root, url)
      expect(file === null || file.startsWith(root + path.sep), url).toBe(true)
    }
  })

  it('refuses encoded slashes that would smuggle .. past the URL parser', () => {
    expect(resolveAppFile(root, 'app://close-call/assets%2f..%2f..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(resolveAppFile(root, 'app://close-call/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeNull()
    expect(resolveAppFile(root, 'app://close-call/a/%2E%2E%2Fb')).toBeNull()
  })

  it('refuses absolute paths, drive letters, backslashes and UNC paths', () => {
    for (const url of [
      'app://close-call//etc/passwd',
      'app://close-call/%2Fetc%2Fpasswd',
      'app://close-call/C:/Windows/win.ini',
      'app://close-call/C%3A%5CWindows%5Cwin.ini',
      'app://close-call/%5C%5Cserver%5Cshare%5Cfile',
      'app://close-call/assets%5C..%5C..%5Csecret'
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull()
    }
  })

  it('refuses NUL bytes and broken encoding', () => {
    expect(resolveAppFile(root, 'app://close-call/index.html%00.png')).toBeNull()
    expect(resolveAppFile(root, 'app://close-call/%E0%A4%A')).toBeNull()
  })

  it('refuses other hosts, schemes and credentials', () => {
    expect(resolveAppFile(root, 'app://other/index.html')).toBeNull()
    expect(resolveAppFile(root, 'file:///opt/close-call/out/renderer/index.html')).toBeNull()
    expect(resolveAppFile(root, 'https://close-call/index.html')).toBeNull()
    expect(resolveAppFile(root, 'app://me:pw@close-call/index.html')).toBeNull()
    expect(resolveAppFile(root, 'not a url')).toBeNull()
  })

  it('follows Windows path rules on a Windows path', () => {
    expect(resolveAppFile(winRoot, 'app://close-call/assets/index.js', path.win32)).toBe(`${winRoot}\\assets\\index.js`)
    expect(resolveAppFile(winRoot, 'app://close-call/..%5C..%5Capp.asar', path.win32)).toBeNull()
    expect(resolveAppFile(winRoot, 'app://close-call/%2E%2E%2F%2E%2E%2Fapp.asar', path.win32)).toBeNull()
    expect(resolveAppFile(winRoot, 'app://close-call/D:/secret.txt', path.win32)).toBeNull()
  })

  it('does not mistake a sibling folder with the same prefix for the root', () => {
    // "renderer-evil" starts with "renderer": only real children of the root count.
    const file = resolveAppFile(root, 'app://close-call/x')
    expect(file).toBe(path.join(root, 'x'))
    expect(file?.startsWith(`${root}-evil`)).toBe(false)
  })
})

describe('response headers', () => {
  it('sends the strict CSP with every file', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )
    const headers = responseHeadersFor('/x/index.html')
    expect(headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
  })

  it('names content types by extension', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('/x/assets/index-abc.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('/x/fonts/a.woff2')).toBe('font/woff2')
    expect(contentTypeFor('/x.y/LICENSE')).toBe('application/octet-stream')
  })
})
