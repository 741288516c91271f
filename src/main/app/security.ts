import { app, type Session, type WebContents } from 'electron'
import { isAllowedNavigation, isAllowedRequest } from './origin'

/**
 * Session-wide guards: no permission is ever granted (camera, notifications, clipboard read,
 * ...) and no request leaves the machine. Call once the app is ready.
 */
export function guardSession(session: Session, devServerUrl: string | null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) })
  })
  // On Linux, Chromium downloads spell-check dictionaries from Google; Windows uses its own.
  if (process.platform === 'linux') session.setSpellCheckerEnabled(false)
}

/** Per-page guards for every web contents the app ever creates. */
function guardContents(contents: WebContents, devServerUrl: string | null): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Applies `guardContents` to all web contents, present and future. Call before creating windows. */
export function guardAllContents(devServerUrl: string | null): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, devServerUrl))
}
