import { TIME_SLOTS } from '../../../shared/domain/defaults'
import type { IntakeFormPayload } from '../../../shared/documents/printDocuments'
import { FISHBONE_BRANCHES } from '../../../shared/domain/referenceLists'
import type { ServiceContext } from '../context'
import { settingsService } from '../settingsService'

/** What the blank paper form prints: the live lists, so paper and screen ask the same things. */
export function intakeFormPayload(ctx: ServiceContext): IntakeFormPayload {
  const { lists } = ctx.repos
  const settings = settingsService(ctx).get()
  const conditions = lists.list('conditions', false)
  return {
    schoolName: settings.schoolName,
    committeeName: settings.committeeName,
    locations: lists.list('locations', false).map((l) => l.name),
    categories: lists.list('categories', false).map((c) => c.name),
    timeSlots: [...TIME_SLOTS],
    conditionsByBranch: FISHBONE_BRANCHES.map((branch) => ({
      branch,
      conditions: conditions.filter((c) => c.branch === branch).map((c) => c.name)
    })).filter((group) => group.conditions.length > 0)
  }
}
