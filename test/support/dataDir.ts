import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh, empty data folder, so no test ever sees another's database. */
export const makeTempDataDir = (label: string): Promise<string> =>
  mkdtemp(join(tmpdir(), `close-call-${label}-`))

export const removeDataDir = (dir: string | undefined): Promise<void> =>
  dir ? rm(dir, { recursive: true, force: true }) : Promise.resolve()
