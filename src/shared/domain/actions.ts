/**
 * Corrective actions (DOMAIN.md "Root cause and action"): the hierarchy of controls and the
 * VA/RCA² action strength, and the gates an action passes on its way to "verified".
 */
export const CONTROL_TYPES = ['elimination', 'substitution', 'engineering', 'administrative', 'ppe'] as const
export type ControlType = (typeof CONTROL_TYPES)[number]

export const ACTION_STRENGTHS = ['stronger', 'intermediate', 'weaker'] as const
export type ActionStrength = (typeof ACTION_STRENGTHS)[number]

/**
 * A starting point the chair can adjust: removing or engineering out the hazard is a physical
 * change (stronger); administrative controls are mostly warnings, policy and training (weaker)
 * — checklists and staffing are intermediate, which the chair picks by hand; PPE is weaker.
 */
export function suggestedStrength(control: ControlType): ActionStrength {
  switch (control) {
    case 'elimination':
    case 'substitution':
    case 'engineering':
      return 'stronger'
    case 'administrative':
    case 'ppe':
      return 'weaker'
  }
}

export const ACTION_STATUSES = ['planned', 'inProgress', 'done', 'verified', 'dropped'] as const
export type ActionStatus = (typeof ACTION_STATUSES)[number]

/** Statuses that still need work (or proof). Dropped and verified are settled. */
export const isOpenAction = (status: ActionStatus) => status !== 'verified' && status !== 'dropped'

const NEXT: Record<ActionStatus, readonly ActionStatus[]> = {
  planned: ['inProgress', 'done', 'dropped'],
  inProgress: ['planned', 'done', 'dropped'],
  done: ['inProgress', 'verified', 'dropped'],
  verified: ['done'],
  dropped: ['planned']
}

export const allowedActionStatuses = (from: ActionStatus): readonly ActionStatus[] => NEXT[from]

/**
 * Why an action cannot move, as a catalog key; null when it can. "Done" is not the end: an
 * action is verified only with an effectiveness check result.
 */
export function actionTransitionProblem(
  from: ActionStatus,
  to: ActionStatus,
  facts: { checkResult?: string | null; checkedOn?: string | null; droppedReason?: string | null }
): string | null {
  if (from === to) return 'actions.problem.same'
  if (!NEXT[from].includes(to)) return 'actions.problem.notAllowed'
  if (to === 'verified' && (!facts.checkResult?.trim() || !facts.checkedOn)) return 'actions.problem.needsCheck'
  if (to === 'dropped' && !facts.droppedReason?.trim()) return 'actions.problem.needsDropReason'
  return null
}

/** How well a root cause is addressed, for the strength meter. */
export type CauseCoverage = 'none' | 'weakOnly' | 'intermediate' | 'strong'

export function causeCoverage(actions: ReadonlyArray<{ strength: ActionStrength; status: ActionStatus }>): CauseCoverage {
  const live = actions.filter((a) => a.status !== 'dropped')
  if (live.length === 0) return 'none'
  if (live.some((a) => a.strength === 'stronger')) return 'strong'
  if (live.some((a) => a.strength === 'intermediate')) return 'intermediate'
  return 'weakOnly'
}

/** Due-date buckets for the Actions page (dates are local YYYY-MM-DD). */
export type ActionBucket = 'overdue' | 'dueSoon' | 'awaitingCheck' | 'later' | 'settled'

export const DUE_SOON_DAYS = 14

export function actionBucket(action: { status: ActionStatus; dueOn: string | null }, today: string, dueSoonLimit: string): ActionBucket {
  if (!isOpenAction(action.status)) return 'settled'
  if (action.status === 'done') return 'awaitingCheck'
  if (action.dueOn && action.dueOn < today) return 'overdue'
  if (action.dueOn && action.dueOn <= dueSoonLimit) return 'dueSoon'
  return 'later'
}
