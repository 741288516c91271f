/** Receipt codes staff keep: NM-<year>-<4-digit sequence>, e.g. NM-2026-0042. */
export const refCodePrefix = (year: number) => `NM-${year}-`

export const formatRefCode = (year: number, sequence: number) =>
  `${refCodePrefix(year)}${String(sequence).padStart(4, '0')}`
