import { DEFAULT_CATEGORIES, DEFAULT_CONDITIONS, DEFAULT_LOCATIONS } from '../../shared/domain/defaults'
import { changeWithAudit, type ServiceContext } from './context'

const SEEDED_KEY = 'seededAt'

/**
 * Fills the default lists from DOMAIN.md into a brand-new database, once. A marker setting
 * records that it happened, so lists the chair later empties are not refilled behind their back.
 */
export function seedDefaultsOnce(ctx: ServiceContext): boolean {
  if (ctx.repos.settings.all().has(SEEDED_KEY)) return false
  changeWithAudit(ctx, (at) => {
    const { lists, settings } = ctx.repos
    for (const name of DEFAULT_LOCATIONS) lists.insert('locations', { uid: ctx.newUid(), name, at })
    for (const name of DEFAULT_CATEGORIES) lists.insert('categories', { uid: ctx.newUid(), name, at })
    for (const { name, branch } of DEFAULT_CONDITIONS) {
      lists.insert('conditions', { uid: ctx.newUid(), name, branch, at })
    }
    settings.set(SEEDED_KEY, at, at)
    return {
      result: undefined,
      audit: {
        action: 'lists.seedDefaults',
        entity: 'settings',
        detail: {
          locations: DEFAULT_LOCATIONS.length,
          categories: DEFAULT_CATEGORIES.length,
          conditions: DEFAULT_CONDITIONS.length
        }
      }
    }
  })
  return true
}
