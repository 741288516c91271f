import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { assertRendererBuilt, repoRoot } from './paths'

export interface RunningPreview {
  /** http://127.0.0.1:PORT/ as printed by the server. */
  url: string
  /** http://127.0.0.1:PORT */
  origin: string
  /** Everything the server printed to stdout (it should be exactly the one ready line). */
  stdoutLines(): string[]
  /** SIGTERM, as Ctrl-C or a process manager would; resolves with the exit code. */
  stop(): Promise<number | null>
}

const READY = /^Close Call preview: (http:\/\/127\.0\.0\.1:(\d+)\/)$/
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')

/**
 * Starts `tsx scripts/preview-browser.ts` as its own process, the same command
 * `npm run preview:browser` ends with, so tests exercise the real CLI, signals and shutdown.
 * (Running node with tsx's cli directly avoids the .bin shell shim, which differs on Windows.)
 */
export const spawnPreview = (dataDir: string, { timeoutMs = 30_000 } = {}): Promise<RunningPreview> => {
  assertRendererBuilt()
  const env = { ...process.env }
  delete env.CLOSE_CALL_DATA_DIR
  const child = spawn(process.execPath, [tsxCli, 'scripts/preview-browser.ts', '--data-dir', dataDir, '--port', '0'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  return new Promise<RunningPreview>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`Preview did not start within ${timeoutMs} ms.\nstdout: ${stdout}\nstderr: ${stderr}`))
    }, timeoutMs)
    const onData = () => {
      const match = READY.exec(stdout.split('\n')[0] ?? '')
      if (!match || !stdout.includes('\n')) return
      clearTimeout(timer)
      child.stdout.off('data', onData)
      const url = match[1] as string
      resolve({
        url,
        origin: url.slice(0, -1),
        stdoutLines: () => stdout.split('\n').filter((line) => line !== ''),
        stop: () => stopChild(child, exited)
      })
    }
    child.stdout.on('data', onData)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`Preview exited (code ${code}) before it was ready.\nstdout: ${stdout}\nstderr: ${stderr}`))
    })
  })
}

const stopChild = async (child: ChildProcess, exited: Promise<number | null>): Promise<number | null> => {
  if (child.exitCode !== null || child.signalCode !== null) return exited
  child.kill('SIGTERM')
  const killer = setTimeout(() => child.kill('SIGKILL'), 10_000)
  try {
    return await exited
  } finally {
    clearTimeout(killer)
  }
}
