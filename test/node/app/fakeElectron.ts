/**
 * A stand-in for the parts of Electron that src/main/app uses, recording what the shell asks
 * for. Electron cannot run on the build machines, so this is how the wiring (IPC sender check,
 * protocol, guards, startup errors) is exercised; the real thing still needs a manual run.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type Handler = (...args: never[]) => unknown

export class FakeWebContents extends EventEmitter {
  static nextId = 1
  readonly id = FakeWebContents.nextId++
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

export interface FakeState {
  userData: string
  schemes: unknown[]
  protocolHandlers: Map<string, (request: Request) => Promise<Response>>
  ipcHandlers: Map<string, Handler>
  windows: { webContents: FakeWebContents; loadedUrl: string | null; shown: boolean; options: Record<string, unknown> & { webPreferences: Record<string, unknown> } }[]
  errorBoxes: { title: string; body: string }[]
  exitCode: number | null
  quitCalled: boolean
  beforeRequest: null | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)
  permissionRequest: null | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
  permissionCheck: null | (() => boolean)
  menu: unknown
  sandboxEnabled: boolean
}

export class FakeApp extends EventEmitter {
  isPackaged = false
  readonly requestSingleInstanceLock = vi.fn(() => true)
  constructor(
    private readonly state: FakeState,
    private readonly ready: Promise<void>
  ) {
    super()
  }
  getPath(name: string): string {
    return name === 'userData' ? this.state.userData : `/fake/${name}`
  }
  setPath(name: string, value: string): void {
    if (name === 'userData') this.state.userData = value
  }
  getAppPath(): string {
    return process.cwd()
  }
  getVersion(): string {
    return '0.1.0-test'
  }
  enableSandbox(): void {
    this.state.sandboxEnabled = true
  }
  whenReady(): Promise<void> {
    return this.ready
  }
  quit(): void {
    this.state.quitCalled = true
    this.emit('will-quit')
  }
  exit(code: number): void {
    this.state.exitCode = code
  }
}

export interface FakeElectron {
  /** What `import ... from 'electron'` gives the code under test. */
  electron: { app: FakeApp } & Record<string, unknown>
  state: FakeState
  /** Resolve `app.whenReady()`. */
  ready: () => void
}

export function createFakeElectron(paths: { userData: string }): FakeElectron {
  const state: FakeState = {
    userData: paths.userData,
    schemes: [],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    ipcHandlers: new Map<string, Handler>(),
    windows: [],
    errorBoxes: [],
    exitCode: null,
    quitCalled: false,
    beforeRequest: null,
    permissionRequest: null,
    permissionCheck: null,
    menu: null,
    sandboxEnabled: false
  }

  let readyResolve: () => void = () => {}
  const ready = new Promise<void>((resolve) => (readyResolve = resolve))

  const app = new FakeApp(state, ready)

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents()
    loadedUrl: string | null = null
    shown = false
    constructor(readonly options: { webPreferences: Record<string, unknown> } & Record<string, unknown>) {
      super()
      state.windows.push(this)
      app.emit('web-contents-created', {}, this.webContents)
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url
      return Promise.resolve()
    }
    show(): void {
      this.shown = true
    }
    focus(): void {}
    restore(): void {}
    isMinimized(): boolean {
      return false
    }
    static getFocusedWindow(): null {
      return null
    }
  }

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        state.protocolHandlers.set(scheme, handler)
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: FakeState['permissionRequest']) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: FakeState['permissionCheck']) => (state.permissionCheck = handler),
        setSpellCheckerEnabled: () => {},
        webRequest: {
          onBeforeRequest: (handler: FakeState['beforeRequest']) => (state.beforeRequest = handler)
        }
      }
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        if (state.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`)
        state.ipcHandlers.set(channel, handler)
      },
      removeHandler: (channel: string) => state.ipcHandlers.delete(channel)
    },
    dialog: {
      showErrorBox: (title: string, body: string) => state.errorBoxes.push({ title, body }),
      showMessageBox: vi.fn(async () => ({ response: 0 }))
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (state.menu = menu)
    }
  }

  return { electron, state, ready: () => readyResolve() }
}
