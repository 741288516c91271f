/**
 * Triage on a 5×5 risk matrix (DOMAIN.md): potential severity (worst credible outcome) by
 * likelihood of recurrence. Pure, so the grid the chair clicks and the stored level agree.
 */
export const SEVERITIES = [1, 2, 3, 4, 5] as const
export const LIKELIHOODS = [1, 2, 3, 4, 5] as const
export type Severity = (typeof SEVERITIES)[number]
export type Likelihood = (typeof LIKELIHOODS)[number]

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

/** Catalog keys for the descriptors: `risk.severity.3` = "Medical treatment", etc. */
export const severityKey = (s: Severity) => `risk.severity.${s}` as const
export const likelihoodKey = (l: Likelihood) => `risk.likelihood.${l}` as const

const L = 'low'
const M = 'medium'
const H = 'high'
const C = 'critical'

/**
 * Rows are severity 1..5, columns likelihood 1..5. Written out cell by cell (not a score
 * formula) so the committee can read and argue with it: a life-threatening outcome is never
 * "low", however rare; first aid is never "critical", however often.
 */
export const RISK_MATRIX: ReadonlyArray<ReadonlyArray<RiskLevel>> = [
  [L, L, L, L, M],
  [L, L, M, M, M],
  [L, M, M, H, H],
  [M, M, H, H, C],
  [M, H, H, C, C]
]

export function riskLevel(severity: Severity, likelihood: Likelihood): RiskLevel {
  const level = RISK_MATRIX[severity - 1]?.[likelihood - 1]
  if (!level) throw new RangeError(`severity ${severity} / likelihood ${likelihood} is off the matrix`)
  return level
}

export const TRIAGE_DECISIONS = ['logAndMonitor', 'reviewAtMeeting', 'investigate'] as const
export type TriageDecision = (typeof TRIAGE_DECISIONS)[number]

/** High and critical suggest a root-cause investigation (DOMAIN.md). */
export function suggestedDecision(level: RiskLevel): TriageDecision {
  switch (level) {
    case 'critical':
    case 'high':
      return 'investigate'
    case 'medium':
      return 'reviewAtMeeting'
    case 'low':
      return 'logAndMonitor'
  }
}

export const isSeverity = (n: number): n is Severity => (SEVERITIES as readonly number[]).includes(n)
export const isLikelihood = (n: number): n is Likelihood => (LIKELIHOODS as readonly number[]).includes(n)
