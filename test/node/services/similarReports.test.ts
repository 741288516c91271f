import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { findSimilarReports } from '../../../src/main/services/reports/similarReports'
import { fileReport, openSmallSchool, type SmallSchool } from '../../support/reportFixtures'
import type { TestDb } from '../../support/testDatabase'

let t: TestDb
let school: SmallSchool
beforeEach(() => {
  ;({ t, school } = openSmallSchool())
})
afterEach(() => t.close())

describe('findSimilarReports', () => {
  it('finds the same place within 90 days, same category with a shared condition, and text matches', () => {
    const base = fileReport(t.ctx, school, { occurredOn: '2026-02-20', categoryId: school.tipping.id, conditionIds: [school.storedHigh.id], whatHappened: 'Box of paint cans slid off the top shelf' })
    const samePlace = fileReport(t.ctx, school, { occurredOn: '2026-01-05', whatHappened: 'Extension cord across the aisle' })
    const oldSamePlace = fileReport(t.ctx, school, { occurredOn: '2025-09-01', whatHappened: 'Extension cord again' })
    const pattern = fileReport(t.ctx, school, { occurredOn: '2026-02-01', locationId: school.gym.id, categoryId: school.tipping.id, conditionIds: [school.storedHigh.id], whatHappened: 'Weights rack wobbled' })
    const text = fileReport(t.ctx, school, { occurredOn: '2024-05-01', locationId: school.gym.id, whatHappened: 'Paint tins on a high shelf nearly fell' })
    const unrelated = fileReport(t.ctx, school, { occurredOn: '2026-02-19', locationId: school.gym.id, whatHappened: 'Door propped open at lunch' })

    const similar = findSimilarReports(t.ctx, base.id)
    const byId = new Map(similar.map((s) => [s.id, s.reasons]))
    expect(byId.get(samePlace.id)).toEqual(['sameLocation'])
    expect(byId.get(pattern.id)).toEqual(['sameCategoryAndCondition'])
    expect(byId.get(text.id)).toEqual(['similarText'])
    expect(byId.has(oldSamePlace.id)).toBe(false)
    expect(byId.has(unrelated.id)).toBe(false)
    expect(byId.has(base.id)).toBe(false)
  })
})
