import { join, resolve, win32 } from 'node:path'

/** Command-line switch that points Close Call at another data folder (tests, a USB stick, a second school). */
export const DATA_DIR_SWITCH = '--data-dir'
/** Environment variable doing the same, for scripts and shortcuts that cannot pass arguments. */
export const DATA_DIR_ENV = 'CLOSE_CALL_DATA_DIR'

/**
 * Where the database lives: `--data-dir DIR` (or `--data-dir=DIR`) wins, then
 * CLOSE_CALL_DATA_DIR, then Electron's user-data folder. Blank values are ignored rather than
 * meaning "the current folder", and the result is always absolute.
 */
export function resolveDataDir(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  defaultDir: string
): string {
  const chosen = fromArgv(argv) ?? nonBlank(env[DATA_DIR_ENV]) ?? defaultDir
  return resolve(chosen)
}

function fromArgv(argv: readonly string[]): string | undefined {
  let found: string | undefined
  argv.forEach((arg, index) => {
    if (arg === DATA_DIR_SWITCH) {
      const next = argv[index + 1]
      if (next !== undefined && !next.startsWith('--')) found = nonBlank(next) ?? found
    } else if (arg.startsWith(`${DATA_DIR_SWITCH}=`)) {
      found = nonBlank(arg.slice(DATA_DIR_SWITCH.length + 1)) ?? found
    }
  })
  return found
}

function nonBlank(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

/**
 * Electron's userData is in the *roaming* profile on Windows, which school networks may copy
 * to a server at every log-off (slow, and a database must never be copied while open). Keep
 * the data in the machine's local AppData instead; elsewhere userData is already local.
 */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
  productName = 'Close Call'
): string {
  const local = nonBlank(env['LOCALAPPDATA'])
  if (platform === 'win32' && local) return win32.join(local, productName)
  return join(userDataDir)
}
