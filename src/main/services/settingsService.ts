import { DEFAULT_SETTINGS, type AppSettings } from '../../shared/domain/settings'
import { changeWithAudit, type ServiceContext } from './context'

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as Array<keyof AppSettings>

export function settingsService(ctx: ServiceContext) {
  const read = (): AppSettings => {
    const stored = ctx.repos.settings.all()
    const result: Record<string, unknown> = { ...DEFAULT_SETTINGS }
    for (const key of SETTING_KEYS) if (stored.has(key)) result[key] = stored.get(key)
    return result as unknown as AppSettings
  }

  return {
    get: read,

    update(changes: Partial<AppSettings>): AppSettings {
      return changeWithAudit(ctx, (at) => {
        const before = read()
        const diff: Record<string, { from: unknown; to: unknown }> = {}
        for (const key of SETTING_KEYS) {
          const value = changes[key]
          if (value === undefined || value === before[key]) continue
          ctx.repos.settings.set(key, value, at)
          diff[key] = { from: before[key], to: value }
        }
        return { result: read(), audit: { action: 'settings.update', entity: 'settings', detail: diff } }
      })
    }
  }
}
