import { BrowserWindow } from 'electron'
import { APP_ENTRY_URL } from './origin'

export interface MainWindowOptions {
  preloadPath: string
  /** The electron-vite dev server in development; null loads our own app:// pages. */
  devServerUrl: string | null
  /** Developer tools only in development: staff never need them. */
  devTools: boolean
}

/**
 * The one window. Renderer locked down: isolated, sandboxed, no Node, web security on; its
 * only way to main is the preload's `window.api`.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Close Call',
    width: 1280,
    height: 820,
    // Small enough for a 1024×768 projector or a school laptop, large enough for the forms.
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#f7f8f6',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: options.devTools
    }
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.devServerUrl ?? APP_ENTRY_URL)
  return window
}

/** Bring a window to the front, e.g. when someone starts Close Call a second time. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}
