import { describe, expect, it } from 'vitest'
import { LIKELIHOODS, riskLevel, RISK_LEVELS, SEVERITIES, suggestedDecision } from '../../../src/shared/domain/risk'

// Every cell, spelled out independently of the implementation's table: row = severity 1..5.
const EXPECTED: Record<number, string> = {
  11: 'low', 12: 'low', 13: 'low', 14: 'low', 15: 'medium',
  21: 'low', 22: 'low', 23: 'medium', 24: 'medium', 25: 'medium',
  31: 'low', 32: 'medium', 33: 'medium', 34: 'high', 35: 'high',
  41: 'medium', 42: 'medium', 43: 'high', 44: 'high', 45: 'critical',
  51: 'medium', 52: 'high', 53: 'high', 54: 'critical', 55: 'critical'
}

describe('riskLevel', () => {
  for (const s of SEVERITIES) {
    for (const l of LIKELIHOODS) {
      it(`severity ${s} × likelihood ${l} is ${EXPECTED[s * 10 + l]}`, () => {
        expect(riskLevel(s, l)).toBe(EXPECTED[s * 10 + l])
      })
    }
  }

  it('never goes down when severity or likelihood goes up', () => {
    const rank = (s: (typeof SEVERITIES)[number], l: (typeof LIKELIHOODS)[number]) => RISK_LEVELS.indexOf(riskLevel(s, l))
    for (const s of SEVERITIES) {
      for (const l of LIKELIHOODS) {
        if (s < 5) expect(rank((s + 1) as typeof s, l)).toBeGreaterThanOrEqual(rank(s, l))
        if (l < 5) expect(rank(s, (l + 1) as typeof l)).toBeGreaterThanOrEqual(rank(s, l))
      }
    }
  })

  it('refuses values off the matrix', () => {
    expect(() => riskLevel(6 as never, 1)).toThrow(RangeError)
    expect(() => riskLevel(1, 0 as never)).toThrow(RangeError)
  })
})

describe('suggestedDecision', () => {
  it('suggests an investigation for high and critical only', () => {
    expect(suggestedDecision('critical')).toBe('investigate')
    expect(suggestedDecision('high')).toBe('investigate')
    expect(suggestedDecision('medium')).toBe('reviewAtMeeting')
    expect(suggestedDecision('low')).toBe('logAndMonitor')
  })
})
