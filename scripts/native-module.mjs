#!/usr/bin/env node
/**
 * Makes better-sqlite3's compiled binary match the runtime about to load it.
 *
 *   node scripts/native-module.mjs node       before tests, the browser preview, benchmarks
 *   node scripts/native-module.mjs electron   before `npm start`, `npm run dev`, packaging
 *
 * One binary (build/Release/better_sqlite3.node) serves both runtimes, but Node and Electron
 * have different ABIs (NODE_MODULE_VERSION; Electron reserves its own numbers, so the ABI alone
 * says which runtime a binary is for). So:
 * 1. If the binary's ABI (read from its bytes) already matches, do nothing. This is the common
 *    case and stays well under 100 ms.
 * 2. Otherwise keep the current binary in a cache, then take the wanted one from the cache if
 *    it is there (switching back and forth is a file copy), else build it and cache the result.
 * A failed or wrong-ABI build puts the previous binary back, so a failed Electron build (it
 * needs Electron's headers from the internet) never breaks the next `npm test`.
 *
 * Plain Node ESM with no dependencies: it must run right after `npm install`, before anything
 * else is built.
 */
import { spawnSync } from 'node:child_process'
import { Buffer } from 'node:buffer'
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const BINARY_PATH = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'
export const CACHE_DIR = 'node_modules/.cache/close-call-native'

/** Electron major -> NODE_MODULE_VERSION, used only when neither Electron nor node-abi says. */
export const ELECTRON_ABI_TABLE = { 39: 140, 40: 143, 41: 145, 42: 146, 43: 148, 44: 149, 45: 150 }

const REGISTER_SYMBOL = Buffer.from('node_register_module_v', 'latin1')

/**
 * The ABI a compiled Node addon was built for, from the exported `node_register_module_v<N>`
 * symbol name in its bytes (present in ELF, PE and Mach-O alike). Null when there is none.
 */
export function parseAbi(bytes) {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let at = buffer.indexOf(REGISTER_SYMBOL)
  while (at !== -1) {
    let end = at + REGISTER_SYMBOL.length
    while (end < buffer.length && buffer[end] >= 0x30 && buffer[end] <= 0x39) end += 1
    if (end > at + REGISTER_SYMBOL.length) {
      return Number(buffer.toString('latin1', at + REGISTER_SYMBOL.length, end))
    }
    at = buffer.indexOf(REGISTER_SYMBOL, at + 1)
  }
  return null
}

/** The ABI of an Electron version from the fallback table, or null if the major is unknown. */
export function electronAbiFromTable(version) {
  const major = Number.parseInt(String(version).replace(/^v/, ''), 10)
  return ELECTRON_ABI_TABLE[major] ?? null
}

/** Which runtime a binary with this ABI belongs to, given both runtimes' ABIs. */
export function runtimeForAbi(abi, abis) {
  if (abi === null) return null
  if (abi === abis.node) return 'node'
  if (abi === abis.electron) return 'electron'
  return null
}

/** Cache file for one runtime and ABI, per better-sqlite3 version (an upgrade must not reuse old binaries). */
export function cachePath(root, moduleVersion, runtime, abi) {
  return join(root, CACHE_DIR, `better-sqlite3-${moduleVersion}`, `${runtime}-${abi}`, 'better_sqlite3.node')
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'))
}

/**
 * Electron's version and ABI. Sources, most trusted first: the `abi_version` file the electron
 * package ships, node-abi (electron-builder depends on it), then the table above.
 */
export function electronTarget(root) {
  const electronDir = join(root, 'node_modules/electron')
  if (!existsSync(join(electronDir, 'package.json'))) {
    throw new UserError('Electron is not installed in node_modules. Run `npm install` first.')
  }
  const version = readJson(join(electronDir, 'package.json')).version
  const abiFile = join(electronDir, 'abi_version')
  if (existsSync(abiFile)) {
    const abi = Number(readFileSync(abiFile, 'utf8').trim())
    if (Number.isInteger(abi) && abi > 0) return { version, abi }
  }
  if (existsSync(join(root, 'node_modules/node-abi/package.json'))) {
    try {
      const nodeAbi = createRequire(join(root, 'package.json'))('node-abi')
      return { version, abi: Number(nodeAbi.getAbi(version, 'electron')) }
    } catch {
      // An Electron newer than this node-abi knows: try the table.
    }
  }
  const abi = electronAbiFromTable(version)
  if (abi === null) {
    throw new UserError(
      `Cannot tell which ABI Electron ${version} uses. Add it to ELECTRON_ABI_TABLE in scripts/native-module.mjs.`
    )
  }
  return { version, abi }
}

export class UserError extends Error {}

/** Replace `target` by a copy of `source` without writing through hard links or leaving half a file. */
function replaceFile(source, target) {
  mkdirSync(dirname(target), { recursive: true })
  const temporary = `${target}.${process.pid}.tmp`
  copyFileSync(source, temporary)
  try {
    renameSync(temporary, target)
  } catch (error) {
    rmSync(temporary, { force: true })
    if (error && (error.code === 'EPERM' || error.code === 'EBUSY' || error.code === 'EACCES')) {
      throw new UserError(
        `Could not replace ${target}: the file is in use. Close Close Call and any running tests, then try again.`
      )
    }
    throw error
  }
}

function currentAbi(binary) {
  return existsSync(binary) ? parseAbi(readFileSync(binary)) : null
}

/**
 * Make the binary under `root` match `runtime`. `abis` gives the target ABI of each runtime
 * (electron may be a function, evaluated only when needed); `build(runtime)` compiles in
 * place and returns true on success. Returns 'unchanged', 'from-cache' or 'built'.
 */
export function ensureNativeModule({ root, runtime, abis, build, log = () => {} }) {
  const binary = join(root, BINARY_PATH)
  const resolveAbi = (name) => {
    const value = abis[name]
    return typeof value === 'function' ? value() : value
  }
  const targetAbi = resolveAbi(runtime)
  const startAbi = currentAbi(binary)
  if (startAbi === targetAbi) {
    log(`better-sqlite3 is already built for ${runtime} (ABI ${targetAbi}).`)
    return 'unchanged'
  }

  const moduleVersion = readJson(join(root, 'node_modules/better-sqlite3/package.json')).version
  const otherRuntime = runtime === 'node' ? 'electron' : 'node'
  let otherAbi = null
  try {
    otherAbi = resolveAbi(otherRuntime)
  } catch {
    // Electron not installed while switching to node: the current binary just is not cached.
  }
  const startRuntime = runtimeForAbi(startAbi, { [runtime]: targetAbi, [otherRuntime]: otherAbi })
  let previous = null
  if (startRuntime) {
    previous = cachePath(root, moduleVersion, startRuntime, startAbi)
    replaceFile(binary, previous)
  }

  const cached = cachePath(root, moduleVersion, runtime, targetAbi)
  if (existsSync(cached) && parseAbi(readFileSync(cached)) === targetAbi) {
    replaceFile(cached, binary)
    log(`better-sqlite3: switched to the cached ${runtime} build (ABI ${targetAbi}).`)
    return 'from-cache'
  }

  log(`better-sqlite3: building for ${runtime} (ABI ${targetAbi}); this takes about a minute…`)
  const built = build(runtime)
  const builtAbi = built ? currentAbi(binary) : null
  if (builtAbi !== targetAbi) {
    if (previous) replaceFile(previous, binary)
    const why = built
      ? `the build finished but produced ABI ${builtAbi ?? 'unknown'} instead of ${targetAbi}`
      : 'the build failed'
    throw new BuildError(runtime, targetAbi, why, Boolean(previous))
  }
  replaceFile(binary, cached)
  log(`better-sqlite3: built for ${runtime} (ABI ${targetAbi}) and cached.`)
  return 'built'
}

export class BuildError extends UserError {
  constructor(runtime, abi, why, restored) {
    super(`Could not build better-sqlite3 for ${runtime} (ABI ${abi}): ${why}.`)
    this.runtime = runtime
    this.restored = restored
  }
}

/** Environment for a child build: drop npm settings that would point it at the other runtime. */
function buildEnv(runtime) {
  const env = { ...process.env }
  for (const key of Object.keys(env)) {
    const lower = key.toLowerCase()
    const crossRuntime = ['npm_config_runtime', 'npm_config_target', 'npm_config_disturl'].includes(lower)
    // Node's headers (npm_config_nodedir) would make an "Electron" build silently target Node.
    if (crossRuntime || (runtime === 'electron' && lower === 'npm_config_nodedir')) delete env[key]
  }
  return env
}

function run(command, args, root, runtime, { viaShell = false } = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    env: buildEnv(runtime),
    stdio: 'inherit',
    // npm and npx are .cmd files on Windows, which only start through a shell.
    shell: viaShell && process.platform === 'win32'
  })
  return result.status === 0
}

function buildInPlace(root, runtime, electronVersion) {
  if (runtime === 'node') return run('npm', ['rebuild', 'better-sqlite3'], root, runtime, { viaShell: true })
  const rebuildCli = join(root, 'node_modules/@electron/rebuild/lib/cli.js')
  if (existsSync(rebuildCli)) {
    const args = [rebuildCli, '--force', '--only', 'better-sqlite3', '--version', electronVersion, '--module-dir', root]
    return run(process.execPath, args, root, runtime)
  }
  return run('npx', ['--no-install', 'electron-builder', 'install-app-deps'], root, runtime, { viaShell: true })
}

const ELECTRON_HELP = `
Building for Electron downloads Electron's headers, so it needs internet access once, plus a
C++ toolchain (Windows: Visual Studio Build Tools with "Desktop development with C++";
Linux: build-essential and python3). Then run again:

    node scripts/native-module.mjs electron

After one successful build the result is cached in ${CACHE_DIR}, and switching between
\`npm test\` and \`npm start\` needs no network.`

function main(argv) {
  const runtime = argv[2]
  if (runtime !== 'node' && runtime !== 'electron') {
    process.stderr.write('Usage: node scripts/native-module.mjs node|electron\n')
    return 2
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
  let electron = null
  const electronInfo = () => (electron ??= electronTarget(root))
  try {
    ensureNativeModule({
      root,
      runtime,
      abis: { node: Number(process.versions.modules), electron: () => electronInfo().abi },
      build: (target) => buildInPlace(root, target, target === 'electron' ? electronInfo().version : ''),
      log: (line) => process.stdout.write(`${line}\n`)
    })
    return 0
  } catch (error) {
    if (!(error instanceof UserError)) throw error
    process.stderr.write(`\n${error.message}\n`)
    if (error instanceof BuildError) {
      if (error.restored) process.stderr.write('The previous build was put back, so nothing else is affected.\n')
      if (error.runtime === 'electron') process.stderr.write(`${ELECTRON_HELP}\n`)
      else process.stderr.write('\nCheck that a C++ toolchain and python3 are installed, then run `npm rebuild better-sqlite3`.\n')
    }
    return 1
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv)
}
