import { referenceListService } from '../../src/main/services/referenceListService'
import type { ServiceContext } from '../../src/main/services/context'
import { reportService } from '../../src/main/services/reports/reportService'
import type { ReportCreateInput } from '../../src/main/services/reports/reportTypes'
import { openTestDatabase, type TestDb } from './testDatabase'

/** A small school: two places, two hazard types, two conditions. */
export function seedSmallSchool(ctx: ServiceContext) {
  const lists = referenceListService(ctx)
  return {
    shop: lists.add({ kind: 'locations', name: 'CTE shop' }),
    gym: lists.add({ kind: 'locations', name: 'Gym / weight room' }),
    tipping: lists.add({ kind: 'categories', name: 'Falling or tipping objects' }),
    slips: lists.add({ kind: 'categories', name: 'Slips, trips and falls' }),
    storedHigh: lists.add({ kind: 'conditions', name: 'Equipment stored too high', branch: 'environment' }),
    rushing: lists.add({ kind: 'conditions', name: 'Time pressure', branch: 'procedures' })
  }
}

export type SmallSchool = ReturnType<typeof seedSmallSchool>

export function fileReport(ctx: ServiceContext, school: SmallSchool, overrides: Partial<ReportCreateInput> = {}) {
  return reportService(ctx).create({
    occurredOn: '2026-02-20',
    locationId: school.shop.id,
    whatHappened: 'A loaded cart tipped on the ramp but did not fall',
    ...overrides
  })
}

/** A fresh migrated test database with the small school in it; the caller closes it. */
export function openSmallSchool(): { t: TestDb; school: SmallSchool } {
  const t = openTestDatabase()
  return { t, school: seedSmallSchool(t.ctx) }
}
