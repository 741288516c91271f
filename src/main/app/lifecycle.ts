import { join } from 'node:path'
import { app, session, type BrowserWindow } from 'electron'
import { startBackend, type Backend } from '../backend'
import { createPrintDataStore } from '../services/documents/printDataStore'
import { defaultDataDir, resolveDataDir } from './dataDir'
import { showStartupError } from './dialogs'
import { registerIpc } from './ipc'
import { installMenu } from './menu'
import { createElectronDocumentHost } from './pdfHost'
import { resolveDevServerUrl, resolveMigrationsFolder } from './paths'
import { registerAppScheme, serveRenderer } from './protocol'
import { guardAllContents, guardSession } from './security'
import { createMainWindow, focusWindow } from './window'

/**
 * Start Close Call: one copy per data folder, guards before any page exists, the database
 * before the window (a database that cannot be opened gets a plain explanation and the app
 * quits without touching it), then the window.
 */
export interface StartOptions {
  /** The electron-vite output folder holding main/, preload/ and renderer/. */
  outDir: string
  argv?: readonly string[]
  env?: Readonly<Record<string, string | undefined>>
}

export function startApp({ outDir, argv = process.argv, env = process.env }: StartOptions): void {
  registerAppScheme()
  app.enableSandbox()

  const dataDir = resolveDataDir(argv, env, defaultDataDir(process.platform, env, app.getPath('userData')))
  // Chromium's own files and the single-instance lock follow the data folder, so two copies
  // can never share one database, while tests can run side by side in separate folders.
  app.setPath('userData', dataDir)
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }

  const devServerUrl = resolveDevServerUrl(env, app.isPackaged)
  const devTools = !app.isPackaged
  const trustedIds = new Set<number>()
  let mainWindow: BrowserWindow | null = null
  let backend: Backend | null = null

  guardAllContents(devServerUrl)
  app.on('second-instance', () => {
    if (mainWindow) focusWindow(mainWindow)
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    // The backend runs PRAGMA optimize and closes the database cleanly.
    backend?.close()
    backend = null
  })

  const onReady = (): void => {
    guardSession(session.defaultSession, devServerUrl)
    const printData = createPrintDataStore()
    serveRenderer(join(outDir, 'renderer'), printData)
    try {
      backend = startBackend({
        dataDir,
        migrationsFolder: resolveMigrationsFolder({
          isPackaged: app.isPackaged,
          resourcesPath: process.resourcesPath,
          appPath: app.getAppPath()
        }),
        runtime: 'electron',
        version: app.getVersion(),
        documentHost: createElectronDocumentHost({ store: printData, parentWindow: () => mainWindow })
      })
    } catch (error) {
      showStartupError(error, dataDir)
      app.exit(1)
      return
    }
    registerIpc(backend, trustedIds, devServerUrl)
    installMenu({ devTools })

    const window = createMainWindow({ preloadPath: join(outDir, 'preload', 'index.js'), devServerUrl, devTools })
    const id = window.webContents.id
    trustedIds.add(id)
    window.on('closed', () => {
      trustedIds.delete(id)
      mainWindow = null
    })
    mainWindow = window
  }

  app.whenReady().then(onReady, (error: unknown) => {
    showStartupError(error, dataDir)
    app.exit(1)
  })
}
