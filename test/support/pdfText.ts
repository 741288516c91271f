import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The text of a PDF, via poppler's pdftotext (layout kept so a line reads as a line). */
export const pdfText = async (file: string): Promise<string> =>
  (await run('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).stdout

/** Page count from pdfinfo. */
export const pdfPages = async (file: string): Promise<number> => {
  const { stdout } = await run('pdfinfo', [file], { encoding: 'utf8' })
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN)
}
