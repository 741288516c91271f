import { readFileSync } from 'node:fs'
import { join } from 'node:path'

interface Journal {
  entries: Array<{ idx: number; tag: string; when: number }>
}

/**
 * The number of migrations this build of the app knows. It is stored as SQLite's
 * `user_version` after migrating, so a database from a newer app (a larger number) is refused
 * instead of being half-understood.
 */
export function knownSchemaVersion(migrationsFolder: string): number {
  const journal = JSON.parse(
    readFileSync(join(migrationsFolder, 'meta', '_journal.json'), 'utf8')
  ) as Journal
  return journal.entries.length
}
