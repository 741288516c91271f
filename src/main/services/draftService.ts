import type { ServiceContext } from './context'

const PREFIX = 'draft:'

/**
 * Unsaved form text, kept in the database as the user types so a crash or a closed window does
 * not lose it (synchronous=FULL makes each save durable). Deliberately not audited: a draft is
 * not a record yet, and the audit log must not keep text the writer never chose to submit.
 */
export function draftService(ctx: ServiceContext) {
  const key = (name: string) => `${PREFIX}${name}`
  return {
    get(name: string): Record<string, unknown> | null {
      const value = ctx.repos.settings.all().get(key(name))
      return value && typeof value === 'object' ? (value as Record<string, unknown>) : null
    },
    save(name: string, value: Record<string, unknown>): void {
      ctx.repos.settings.set(key(name), value, ctx.now().toISOString())
    },
    clear(name: string): void {
      ctx.repos.settings.remove(key(name))
    }
  }
}
