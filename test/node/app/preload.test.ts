import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../src/shared/ipc/channels'

describe('preload', () => {
  it('exposes one api object with a method per channel, and nothing else', async () => {
    const exposed = new Map<string, unknown>()
    const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, data: { channel, input } }))
    vi.resetModules()
    vi.doMock('electron', () => ({
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: { invoke }
    }))
    await import('../../../src/preload/index')
    vi.doUnmock('electron')

    expect([...exposed.keys()]).toEqual(['api'])
    const api = exposed.get('api') as Record<string, (input?: unknown) => Promise<unknown>>
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')

    await expect(api['lists:add']!({ list: 'locations', name: 'Gym' })).resolves.toEqual({
      ok: true,
      data: { channel: 'lists:add', input: { list: 'locations', name: 'Gym' } }
    })
    expect(invoke).toHaveBeenCalledWith('lists:add', { list: 'locations', name: 'Gym' })
  })
})
