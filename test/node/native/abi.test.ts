import { describe, expect, it } from 'vitest'
import {
  cachePath,
  electronAbiFromTable,
  electronTarget,
  parseAbi,
  runtimeForAbi
} from '../../../scripts/native-module.mjs'

const fakeBinary = (...parts: string[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((part) => Buffer.from(part, 'latin1'))))

describe('parseAbi', () => {
  it('reads the ABI from the exported register symbol', () => {
    expect(parseAbi(fakeBinary('\x7fELF\0\0junk\0', 'node_register_module_v115', '\0more'))).toBe(115)
  })

  it('reads an Electron ABI at the very end of the bytes', () => {
    expect(parseAbi(fakeBinary('MZ\0\0', 'node_register_module_v150'))).toBe(150)
  })

  it('skips a bare prefix with no digits and finds the real symbol', () => {
    expect(parseAbi(fakeBinary('node_register_module_v\0', 'x', 'node_register_module_v137\0'))).toBe(137)
  })

  it('returns null when there is no symbol', () => {
    expect(parseAbi(fakeBinary('not an addon at all'))).toBeNull()
    expect(parseAbi(new Uint8Array(0))).toBeNull()
  })

  it('accepts a view into a larger buffer', () => {
    const whole = fakeBinary('node_register_module_v999', '....node_register_module_v120\0')
    expect(parseAbi(whole.subarray(25))).toBe(120)
  })
})

describe('Electron ABI', () => {
  it('knows Electron 45 from the fallback table, as node-abi does', () => {
    expect(electronAbiFromTable('45.5.0')).toBe(150)
    expect(electronAbiFromTable('v45.0.0')).toBe(150)
    expect(electronAbiFromTable('12.0.0')).toBeNull()
  })

  it('agrees with the installed Electron package', () => {
    const { version, abi } = electronTarget(process.cwd())
    expect(version).toMatch(/^\d+\.\d+\.\d+/)
    const fromTable = electronAbiFromTable(version)
    if (fromTable !== null) expect(abi).toBe(fromTable)
  })
})

describe('runtimeForAbi', () => {
  const abis = { node: 115, electron: 150 }
  it('names the runtime a binary belongs to', () => {
    expect(runtimeForAbi(115, abis)).toBe('node')
    expect(runtimeForAbi(150, abis)).toBe('electron')
    expect(runtimeForAbi(108, abis)).toBeNull()
    expect(runtimeForAbi(null, abis)).toBeNull()
  })
})

describe('cachePath', () => {
  it('keys the cache by module version, runtime and ABI', () => {
    const file = cachePath('/repo', '12.9.0', 'electron', 150).replaceAll('\\', '/')
    expect(file).toBe('/repo/node_modules/.cache/close-call-native/better-sqlite3-12.9.0/electron-150/better_sqlite3.node')
  })
})
