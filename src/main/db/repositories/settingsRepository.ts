import { eq } from 'drizzle-orm'
import { settings } from '../schema'
import type { AppDatabase } from '../openDatabase'

/** Key/value settings stored as JSON text. */
export function settingsRepository(db: AppDatabase) {
  return {
    all(): Map<string, unknown> {
      const rows = db.orm.select().from(settings).all()
      return new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]))
    },

    set(key: string, value: unknown, at: string): void {
      const json = JSON.stringify(value)
      db.orm
        .insert(settings)
        .values({ key, value: json, updatedAt: at })
        .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: at } })
        .run()
    },

    remove(key: string): void {
      db.orm.delete(settings).where(eq(settings.key, key)).run()
    }
  }
}

export type SettingsRepository = ReturnType<typeof settingsRepository>
