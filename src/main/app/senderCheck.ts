import { isAppUrl, isDevServerUrl } from './origin'

/** What main knows about the frame behind an IPC call (from `event.senderFrame` / `event.sender`). */
export interface SenderInfo {
  /** URL of the sending frame; undefined when the frame is gone. */
  frameUrl: string | undefined
  isMainFrame: boolean
  webContentsId: number
}

/**
 * Only our own window's top frame, showing our own pages, may call the backend. Sub-frames,
 * other windows (e.g. the future hidden PDF window, which has no preload anyway) and any page
 * that somehow navigated elsewhere are refused. In development the dev server's origin stands
 * in for ours.
 */
export function isTrustedSender(
  sender: SenderInfo,
  trustedIds: ReadonlySet<number> | readonly number[],
  devServerUrl: string | null = null
): boolean {
  const ids: ReadonlySet<number> = trustedIds instanceof Set ? trustedIds : new Set(trustedIds)
  if (!sender.isMainFrame || !ids.has(sender.webContentsId)) return false
  return isAppUrl(sender.frameUrl) || isDevServerUrl(sender.frameUrl, devServerUrl)
}
