/**
 * The sandboxed preload: one `window.api` object with a method per channel of the contract,
 * each a plain `ipcRenderer.invoke`. The page never sees ipcRenderer itself, and it cannot
 * reach a channel that is not in the list.
 *
 * Imports only the dependency-free channel list (types come from the contract and vanish at
 * build time), so the bundle stays tiny and runs in the sandbox.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, type Channel } from '../shared/ipc/channels'
import type { Api } from '../shared/ipc/contract'
import type { IpcResult } from '../shared/ipc/result'

// `never` data is assignable to every channel's result type; main returns the real one.
type Invoke = (input?: unknown) => Promise<IpcResult<never>>

const invoke =
  (channel: Channel): Invoke =>
  (input) =>
    ipcRenderer.invoke(channel, input)

const api = Object.fromEntries(CHANNELS.map((channel) => [channel, invoke(channel)])) as Record<Channel, Invoke>

contextBridge.exposeInMainWorld('api', api satisfies Api)
