/**
 * A report's life: new -> triaged -> investigating -> action planned -> closed. A closed report
 * can be reopened (back to triaged) when the hazard comes back; nothing skips triage.
 */
export const REPORT_STATUSES = ['new', 'triaged', 'investigating', 'actionPlanned', 'closed'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

const NEXT: Record<ReportStatus, readonly ReportStatus[]> = {
  new: ['triaged'],
  triaged: ['investigating', 'actionPlanned', 'closed'],
  investigating: ['triaged', 'actionPlanned', 'closed'],
  actionPlanned: ['investigating', 'closed'],
  closed: ['triaged']
}

export const allowedNextStatuses = (from: ReportStatus): readonly ReportStatus[] => NEXT[from]

export const canTransition = (from: ReportStatus, to: ReportStatus): boolean => NEXT[from].includes(to)

/** Why a transition is refused, as a catalog key; null when it is allowed. */
export function transitionProblem(
  from: ReportStatus,
  to: ReportStatus,
  facts: { triaged: boolean; closureNote?: string | null; feedbackToStaff?: string | null; openActions?: number }
): string | null {
  if (from === to) return 'status.problem.same'
  if (!canTransition(from, to)) return 'status.problem.notAllowed'
  if (to !== 'triaged' && to !== 'new' && !facts.triaged) return 'status.problem.needsTriage'
  if (to === 'closed') {
    // Closing tells staff "we fixed it": only true once every action is verified (or dropped).
    if ((facts.openActions ?? 0) > 0) return 'status.problem.actionsOpen'
    if (!facts.closureNote?.trim()) return 'status.problem.needsClosureNote'
    if (!facts.feedbackToStaff?.trim()) return 'status.problem.needsFeedback'
  }
  return null
}
