/**
 * Catalog: the descriptors of the 5×5 risk matrix (DOMAIN.md). Keys come from
 * `severityKey` / `likelihoodKey` in src/shared/domain/risk.ts (`risk.severity.4`).
 */
export const risk = {
  severity: {
    '1': 'No injury likely',
    '2': 'First aid',
    '3': 'Medical treatment',
    '4': 'Serious injury / hospital',
    '5': 'Life-threatening or permanent'
  },
  likelihood: {
    '1': 'Rare',
    '2': 'Unlikely',
    '3': 'Possible',
    '4': 'Likely',
    '5': 'Almost certain'
  }
} as const
