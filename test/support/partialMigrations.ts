import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { MIGRATIONS_FOLDER } from './testDatabase'

/**
 * A copy of the migrations folder that knows only the first `count` migrations: how a database
 * written by an older build looks, for "migrate to N, insert, migrate to N+1, assert" tests.
 */
export function migrationsUpTo(count: number, intoDir: string): string {
  const folder = join(intoDir, `migrations-${count}`)
  cpSync(MIGRATIONS_FOLDER, folder, { recursive: true })
  const journalFile = join(folder, 'meta', '_journal.json')
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: unknown[] }
  journal.entries = journal.entries.slice(0, count)
  writeFileSync(journalFile, JSON.stringify(journal))
  return folder
}
