import { app, dialog, type BaseWindow } from 'electron'
import { en } from '../../shared/i18n/en'
import { DatabaseOpenError } from '../backend'
import { fillIn, openFailureMessage } from './messages'

/**
 * Tell the user in plain words why their data could not be opened. Never offers to delete or
 * recreate anything: the file stays exactly where and as it was.
 */
export function showStartupError(error: unknown, dataDir: string): void {
  const known = error instanceof DatabaseOpenError ? error : null
  const { title, body } = openFailureMessage({
    reason: known?.reason ?? null,
    file: known?.file ?? null,
    dataDir,
    details: error instanceof Error ? error.message : String(error)
  })
  console.error(title, error)
  dialog.showErrorBox(title, body)
}

export function showAbout(window: BaseWindow | undefined): void {
  const options = {
    type: 'info' as const,
    title: en.dialogs.about.title,
    message: 'Close Call',
    detail: fillIn(en.dialogs.about.detail, { version: app.getVersion() }),
    buttons: ['OK']
  }
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
}
