import { isAbsolute, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir, resolveDataDir } from '../../../src/main/app/dataDir'

const fallback = resolve('/users/staff/AppData/Close Call')
const custom = resolve('/data/close-call')
const fromEnv = resolve('/env/close-call')

describe('resolveDataDir', () => {
  it("uses Electron's user-data folder by default", () => {
    expect(resolveDataDir(['electron', '.'], {}, fallback)).toBe(fallback)
  })

  it('takes --data-dir DIR and --data-dir=DIR', () => {
    expect(resolveDataDir(['app.exe', '--data-dir', custom], {}, fallback)).toBe(custom)
    expect(resolveDataDir(['app.exe', `--data-dir=${custom}`], {}, fallback)).toBe(custom)
  })

  it('takes CLOSE_CALL_DATA_DIR when there is no switch', () => {
    expect(resolveDataDir(['app.exe'], { CLOSE_CALL_DATA_DIR: fromEnv }, fallback)).toBe(fromEnv)
  })

  it('prefers the command line over the environment', () => {
    expect(resolveDataDir(['app.exe', '--data-dir', custom], { CLOSE_CALL_DATA_DIR: fromEnv }, fallback)).toBe(custom)
  })

  it('ignores blank values and a switch with no value', () => {
    expect(resolveDataDir(['app.exe', '--data-dir', '  '], { CLOSE_CALL_DATA_DIR: '' }, fallback)).toBe(fallback)
    expect(resolveDataDir(['app.exe', '--data-dir'], {}, fallback)).toBe(fallback)
    expect(resolveDataDir(['app.exe', '--data-dir', '--inspect'], {}, fallback)).toBe(fallback)
    expect(resolveDataDir(['app.exe', '--data-dir='], { CLOSE_CALL_DATA_DIR: fromEnv }, fallback)).toBe(fromEnv)
  })

  it('keeps folder names with spaces and makes relative folders absolute', () => {
    const spaced = resolve('/Users/Jane Doe/Close Call data')
    expect(resolveDataDir(['app.exe', '--data-dir', spaced], {}, fallback)).toBe(spaced)
    const relative = resolveDataDir(['app.exe', '--data-dir', 'close-call-data'], {}, fallback)
    expect(isAbsolute(relative)).toBe(true)
    expect(relative).toBe(resolve('close-call-data'))
  })

  it('uses the last --data-dir when given twice', () => {
    expect(resolveDataDir(['app.exe', '--data-dir', fromEnv, '--data-dir', custom], {}, fallback)).toBe(custom)
  })
})

describe('defaultDataDir', () => {
  it('uses the local, not roaming, AppData on Windows', () => {
    expect(defaultDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\chair\\AppData\\Local' }, 'C:\\Users\\chair\\AppData\\Roaming\\Close Call')).toBe(
      'C:\\Users\\chair\\AppData\\Local\\Close Call'
    )
  })

  it('keeps Electron user data elsewhere, or when LOCALAPPDATA is missing', () => {
    expect(defaultDataDir('linux', { LOCALAPPDATA: '/x' }, '/home/chair/.config/Close Call')).toBe('/home/chair/.config/Close Call')
    expect(defaultDataDir('win32', {}, 'C:\\Roaming\\Close Call')).toBe('C:\\Roaming\\Close Call')
  })
})
