import { join } from 'node:path'

/**
 * Drizzle's migrator reads SQL files at run time, so they ship beside the app as an extra
 * resource (electron-builder.yml) and are read from the source tree in development.
 */
export function resolveMigrationsFolder(options: {
  isPackaged: boolean
  resourcesPath: string
  appPath: string
}): string {
  return options.isPackaged
    ? join(options.resourcesPath, 'migrations')
    : join(options.appPath, 'src', 'main', 'db', 'migrations')
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The electron-vite dev server URL, only in an unpackaged app and only on this machine:
 * a packaged app always loads its own files, whatever the environment says.
 */
export function resolveDevServerUrl(
  env: Readonly<Record<string, string | undefined>>,
  isPackaged: boolean
): string | null {
  const raw = env['ELECTRON_RENDERER_URL']
  if (isPackaged || !raw) return null
  try {
    const url = new URL(raw)
    const isHttp = url.protocol === 'http:' || url.protocol === 'https:'
    return isHttp && LOOPBACK_HOSTS.has(url.hostname) ? url.href : null
  } catch {
    return null
  }
}
