import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { choosePathIn, firstFreeName, numberedName } from '../../scripts/preview/exportDir'
import { createPrintDataStore, printDataToken } from '../../src/main/services/documents/printDataStore'
import { makeTempDataDir, removeDataDir } from '../support/dataDir'

// Pure parts of the preview's PDF host; they live with the e2e tests because they test
// scripts/preview, which the node project does not cover.

describe('export file names', () => {
  test('numbers copies before the extension', () => {
    expect(numberedName('Close Call - form.pdf', 1)).toBe('Close Call - form.pdf')
    expect(numberedName('Close Call - form.pdf', 2)).toBe('Close Call - form (2).pdf')
    expect(numberedName('minutes.v2.pdf', 3)).toBe('minutes.v2 (3).pdf')
    expect(numberedName('notes', 2)).toBe('notes (2)')
  })

  test('picks the first name not taken, filling gaps', () => {
    expect(firstFreeName('a.pdf', new Set())).toBe('a.pdf')
    expect(firstFreeName('a.pdf', new Set(['a.pdf', 'a (2).pdf']))).toBe('a (3).pdf')
    expect(firstFreeName('a.pdf', new Set(['a.pdf', 'a (3).pdf']))).toBe('a (2).pdf')
    expect(firstFreeName('a.pdf', new Set(['b.pdf']))).toBe('a.pdf')
  })
})

describe('choosing a save path in the export folder', () => {
  let dir: string | undefined
  afterEach(() => removeDataDir(dir))

  test('creates the folder, never reuses a name, and keeps a path out of the name', async () => {
    dir = await makeTempDataDir('e2e-export-names')
    const exports = join(dir, 'exports')
    const first = await choosePathIn(exports, 'form.pdf')
    await writeFile(first, 'first')
    // Two at once must not get the same name: each reserves its file.
    const [second, third] = await Promise.all([choosePathIn(exports, 'form.pdf'), choosePathIn(exports, 'form.pdf')])
    expect([first, second, third].map((path) => path.slice(exports.length + 1)).sort()).toEqual([
      'form (2).pdf',
      'form (3).pdf',
      'form.pdf'
    ])
    expect(await readFile(first, 'utf8')).toBe('first')
    expect(await choosePathIn(exports, '../../escape.pdf')).toBe(join(exports, '..-..-escape.pdf'))
    expect((await readdir(exports)).length).toBe(4)
  })
})

describe('print data store', () => {
  test('gives out each payload once, under an unguessable token', () => {
    const store = createPrintDataStore()
    const token = store.put({ schoolName: 'Maple Grove' })
    expect(token).toMatch(/^[\w-]{43}$/)
    expect(store.put({})).not.toBe(token)
    expect(printDataToken(`/print-data/${token}.json`)).toBe(token)
    expect(printDataToken(`/print-data/${token}.json/x`)).toBeNull()
    expect(store.take(token)).toBe('{"schoolName":"Maple Grove"}')
    expect(store.take(token)).toBeUndefined()
  })

  test('forgets payloads after 60 s, and when released', () => {
    let time = 0
    const store = createPrintDataStore({ now: () => time })
    const stale = store.put(1)
    const released = store.put(2)
    store.release(released)
    expect(store.take(released)).toBeUndefined()
    time = 60_000
    expect(store.take(stale)).toBeUndefined()
    store.put(3)
    time = 120_000
    store.put(4) // putting sweeps what expired, so nothing piles up
    expect(store.size).toBe(1)
  })
})
