import { mkdir, open, readdir } from 'node:fs/promises'
import { extname, join } from 'node:path'

/**
 * `report.pdf` for n = 1, `report (2).pdf` for n = 2, and so on: the number goes before the
 * extension, the way desktop file managers name copies, so the file still opens as a PDF.
 */
export const numberedName = (name: string, n: number): string => {
  if (n <= 1) return name
  const ext = extname(name)
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`
}

/** The first of name, name (2), name (3)… that is not taken. Pure, so the naming rule is testable alone. */
export const firstFreeName = (name: string, taken: ReadonlySet<string>): string => {
  let n = 1
  while (taken.has(numberedName(name, n))) n++
  return numberedName(name, n)
}

/** Only a file name, never a path: the suggestion comes from the backend, but be strict anyway. */
const safeFileName = (suggested: string): string => {
  const name = suggested.replace(/[\\/\0]/g, '-').trim()
  return name === '' || name === '.' || name === '..' ? 'document.pdf' : name
}

/**
 * The preview's stand-in for a save dialog: every export lands in `dir` (created if missing)
 * and never replaces a file. The chosen name is reserved by creating the file exclusively
 * ('wx'), so two exports at once cannot pick the same name; exportPdf then fills it in. A name
 * that turns out to exist anyway (a race, or a case-insensitive disk) is marked taken and the
 * next number tried, so the loop always ends.
 */
export const choosePathIn = async (dir: string, suggestedName: string): Promise<string> => {
  await mkdir(dir, { recursive: true })
  const name = safeFileName(suggestedName)
  const taken = new Set(await readdir(dir))
  for (;;) {
    const candidate = firstFreeName(name, taken)
    const path = join(dir, candidate)
    try {
      await (await open(path, 'wx')).close()
      return path
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      taken.add(candidate)
    }
  }
}
