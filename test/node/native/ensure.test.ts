import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  BINARY_PATH,
  BuildError,
  cachePath,
  ensureNativeModule,
  parseAbi
} from '../../../scripts/native-module.mjs'

const addon = (abi: number, tag = ''): Buffer => Buffer.from(`\x7fELF${tag}\0node_register_module_v${abi}\0`, 'latin1')
const abis = { node: 115, electron: 150 }

let root: string
const binary = (): string => join(root, BINARY_PATH)
const write = (file: string, bytes: Buffer): void => {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, bytes)
}
const abiOf = (file: string): number | null => parseAbi(readFileSync(file))

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'close-call-native-'))
  write(join(root, 'node_modules/better-sqlite3/package.json'), Buffer.from('{"version":"12.9.0"}'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('ensureNativeModule (fake module tree)', () => {
  it('does nothing when the ABI already matches', () => {
    write(binary(), addon(115))
    const build = (): boolean => {
      throw new Error('must not build')
    }
    expect(ensureNativeModule({ root, runtime: 'node', abis, build })).toBe('unchanged')
  })

  it('swaps from the cache and keeps the previous binary for switching back', () => {
    write(binary(), addon(115, 'node'))
    write(cachePath(root, '12.9.0', 'electron', 150), addon(150, 'electron'))
    const build = (): boolean => {
      throw new Error('must not build')
    }
    expect(ensureNativeModule({ root, runtime: 'electron', abis, build })).toBe('from-cache')
    expect(abiOf(binary())).toBe(150)
    expect(abiOf(cachePath(root, '12.9.0', 'node', 115))).toBe(115)
    expect(ensureNativeModule({ root, runtime: 'node', abis, build })).toBe('from-cache')
    expect(abiOf(binary())).toBe(115)
  })

  it('builds when nothing is cached, then caches the result', () => {
    write(binary(), addon(150))
    const built: string[] = []
    const build = (runtime: string): boolean => {
      built.push(runtime)
      write(binary(), addon(115))
      return true
    }
    expect(ensureNativeModule({ root, runtime: 'node', abis, build })).toBe('built')
    expect(built).toEqual(['node'])
    expect(abiOf(cachePath(root, '12.9.0', 'node', 115))).toBe(115)
    expect(abiOf(cachePath(root, '12.9.0', 'electron', 150))).toBe(150)
  })

  it('puts the previous binary back when a build fails', () => {
    write(binary(), addon(115))
    const build = (): boolean => {
      rmSync(binary()) // node-gyp cleans before it fails to download headers
      return false
    }
    expect(() => ensureNativeModule({ root, runtime: 'electron', abis, build })).toThrow(BuildError)
    expect(abiOf(binary())).toBe(115)
  })

  it('refuses a build that "succeeds" with the wrong ABI, and restores the previous binary', () => {
    write(binary(), addon(115))
    const build = (): boolean => {
      write(binary(), addon(115, 'rebuilt-with-node-headers'))
      return true
    }
    expect(() => ensureNativeModule({ root, runtime: 'electron', abis, build })).toThrow(/ABI 115 instead of 150/)
    expect(readFileSync(binary()).includes('rebuilt')).toBe(false)
  })

  it('does not need Electron to switch to node', () => {
    write(binary(), addon(108))
    const electron = (): number => {
      throw new Error('Electron is not installed')
    }
    const build = (): boolean => (write(binary(), addon(115)), true)
    expect(ensureNativeModule({ root, runtime: 'node', abis: { node: 115, electron }, build })).toBe('built')
  })
})

describe('node mode on this machine', () => {
  const installed = join(process.cwd(), BINARY_PATH)
  const matches = existsSync(installed) && abiOf(installed) === Number(process.versions.modules)

  // Skipped only if someone left an Electron build in place (then `npm test`'s pretest fixes it).
  it.skipIf(!matches)('is a fast no-op when the installed binary already matches this Node', () => {
    const before = statSync(installed)
    const started = performance.now()
    const run = spawnSync(process.execPath, ['scripts/native-module.mjs', 'node'], { encoding: 'utf8' })
    const elapsed = performance.now() - started
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('already built for node')
    const after = statSync(installed)
    expect(after.mtimeMs).toBe(before.mtimeMs)
    expect(after.ino).toBe(before.ino)
    // Includes starting Node (~50 ms); the script's own check is a few milliseconds.
    expect(elapsed).toBeLessThan(2000)
  })
})
