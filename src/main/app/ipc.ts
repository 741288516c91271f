import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import type { Backend } from '../backend'
import { CHANNELS } from '../../shared/ipc/channels'
import { fail } from '../../shared/ipc/result'
import { isTrustedSender, type SenderInfo } from './senderCheck'

function senderInfo(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame
  return {
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame.parent === null,
    webContentsId: event.sender.id
  }
}

/**
 * One `ipcMain.handle` per channel of the contract. The sender check runs first; validation and
 * the handler are the backend's job (`dispatch` validates with zod and never throws).
 */
export function registerIpc(
  backend: Pick<Backend, 'dispatch'>,
  trustedIds: ReadonlySet<number>,
  devServerUrl: string | null
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedSender(senderInfo(event), trustedIds, devServerUrl)) {
        return fail('FORBIDDEN', `Refused ${channel} from an untrusted frame`)
      }
      try {
        return await backend.dispatch(channel, input)
      } catch (error) {
        // dispatch promises never to throw; if it does anyway, the renderer still gets a result.
        console.error(`IPC ${channel} threw`, error)
        return fail('INTERNAL', 'Unexpected error')
      }
    })
  }
}
