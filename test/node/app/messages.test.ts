import { describe, expect, it } from 'vitest'
import { fillIn, openFailureMessage } from '../../../src/main/app/messages'

const base = { file: '/data/close-call.db', dataDir: '/data', details: '' }

describe('database open failure messages', () => {
  it('too new: install the newer version, data unchanged', () => {
    const { title, body } = openFailureMessage({ ...base, reason: 'too-new' })
    expect(title).toMatch(/cannot open/i)
    expect(body).toMatch(/newer version of Close Call/)
    expect(body).toMatch(/install the newer version/i)
    expect(body).toMatch(/has not been changed/)
    expect(body).toContain('/data/close-call.db')
  })

  it('locked: another copy is open', () => {
    expect(openFailureMessage({ ...base, reason: 'locked' }).body).toMatch(/already open|another program/)
  })

  it('corrupt and io: say where the file is and that nothing was deleted', () => {
    for (const reason of ['corrupt', 'io'] as const) {
      const { body } = openFailureMessage({ ...base, reason })
      expect(body).toContain('/data/close-call.db')
      expect(body).toMatch(/Nothing has been deleted/)
    }
  })

  it('anything else: names the folder and the details', () => {
    const { body } = openFailureMessage({ reason: null, file: null, dataDir: '/data', details: 'ENOENT migrations' })
    expect(body).toContain('/data')
    expect(body).toContain('ENOENT migrations')
    expect(body).not.toMatch(/\{\{/)
  })

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fillIn('Version {{version}} {{other}}', { version: '1.2.3' })).toBe('Version 1.2.3 {{other}}')
  })
})
