import { describe, expect, it } from 'vitest'
import { isTrustedSender } from '../../../src/main/app/senderCheck'

const trusted = new Set([7])
const ours = { frameUrl: 'app://close-call/index.html#/register', isMainFrame: true, webContentsId: 7 }

describe('isTrustedSender', () => {
  it('accepts the main frame of our window on our origin', () => {
    expect(isTrustedSender(ours, trusted)).toBe(true)
    expect(isTrustedSender(ours, [7])).toBe(true)
  })

  it('refuses sub-frames', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false }, trusted)).toBe(false)
  })

  it('refuses other web contents, even on our origin', () => {
    expect(isTrustedSender({ ...ours, webContentsId: 8 }, trusted)).toBe(false)
    expect(isTrustedSender(ours, new Set())).toBe(false)
  })

  it('refuses frames whose URL is gone or not ours', () => {
    for (const frameUrl of [
      undefined,
      '',
      'not a url',
      'https://close-call/index.html',
      'app://evil/index.html',
      'app://close-call.evil.example/index.html',
      'app://user@close-call/index.html',
      'file:///C:/Program%20Files/Close%20Call/resources/app.asar/out/renderer/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,<script>1</script>'
    ]) {
      expect(isTrustedSender({ ...ours, frameUrl }, trusted), String(frameUrl)).toBe(false)
    }
  })

  it('accepts the dev server only when one is given, and only its exact origin', () => {
    const dev = { ...ours, frameUrl: 'http://localhost:5173/#/settings' }
    expect(isTrustedSender(dev, trusted, 'http://localhost:5173/')).toBe(true)
    expect(isTrustedSender(dev, trusted, null)).toBe(false)
    expect(isTrustedSender({ ...dev, frameUrl: 'http://localhost:5174/' }, trusted, 'http://localhost:5173/')).toBe(false)
    expect(isTrustedSender({ ...dev, isMainFrame: false }, trusted, 'http://localhost:5173/')).toBe(false)
  })
})
