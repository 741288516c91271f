import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startBackend, type Backend } from '../../src/main/backend'
import type { DocumentHost } from '../../src/main/services/documents/host'
import { CHANNELS } from '../../src/shared/ipc/channels'
import type { Api } from '../../src/shared/ipc/contract'

/**
 * A `window.api` backed by the real backend on a temp database: the same validation, rules and
 * results as the app, for screens whose behaviour depends on main's rules (reports, triage).
 * The object is built from CHANNELS exactly as the preload builds it.
 */
export interface BackendApi {
  api: Api
  backend: Backend
  calls: Array<{ channel: string; input: unknown }>
  close: () => void
}

export function createBackendApi(options: { now?: () => Date; documentHost?: DocumentHost } = {}): BackendApi {
  const dataDir = mkdtempSync(join(tmpdir(), 'close-call-dom-'))
  const backend = startBackend({
    dataDir,
    migrationsFolder: resolve(__dirname, '../../src/main/db/migrations'),
    runtime: 'test',
    version: '0.1.0-test',
    now: options.now,
    documentHost: options.documentHost
  })
  const calls: BackendApi['calls'] = []
  const api = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (input: unknown) => {
        calls.push({ channel, input: structuredClone(input) })
        // Round-trip through JSON like IPC's structured clone, so no object is shared by reference.
        return JSON.parse(JSON.stringify(await backend.dispatch(channel, input))) as unknown
      }
    ])
  ) as unknown as Api
  return {
    api,
    backend,
    calls,
    close: () => {
      backend.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
