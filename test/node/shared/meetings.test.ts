import { describe, expect, it } from 'vitest'
import { defaultReviewPeriod, isLocked, keepUntil } from '../../../src/shared/domain/meetings'

describe('keepUntil', () => {
  it('adds whole years, landing leap days on 28 February', () => {
    expect(keepUntil('2026-03-12', 3)).toBe('2029-03-12')
    expect(keepUntil('2028-02-29', 1)).toBe('2029-02-28')
    expect(keepUntil('2028-02-29', 4)).toBe('2032-02-29')
  })
})

describe('defaultReviewPeriod', () => {
  it('runs from the day after the last meeting to this one', () => {
    expect(defaultReviewPeriod('2026-03-12', '2026-02-10')).toEqual({ start: '2026-02-11', end: '2026-03-12' })
  })
  it('looks back 30 days for a first meeting', () => {
    expect(defaultReviewPeriod('2026-03-12', null)).toEqual({ start: '2026-02-10', end: '2026-03-12' })
  })
})

describe('isLocked', () => {
  it('locks approved minutes only', () => {
    expect(isLocked('approved')).toBe(true)
    expect(isLocked('held')).toBe(false)
    expect(isLocked('draft')).toBe(false)
  })
})
