import { causeCoverage, type ActionStatus, type ActionStrength } from './actions'

export const WORKSHEET_STATUSES = ['draft', 'inReview', 'complete'] as const
export type WorksheetStatus = (typeof WORKSHEET_STATUSES)[number]

const NEXT: Record<WorksheetStatus, readonly WorksheetStatus[]> = {
  draft: ['inReview'],
  inReview: ['draft', 'complete'],
  complete: ['inReview']
}

export const allowedWorksheetStatuses = (from: WorksheetStatus) => NEXT[from]

export interface RootCauseFacts {
  id: number
  text: string
  noActionReason: string | null
  actions: ReadonlyArray<{ strength: ActionStrength; status: ActionStatus }>
}

export interface CompletionProblem {
  messageKey: string
  causeId?: number
}

/**
 * A worksheet is complete only when it names at least one root cause and every root cause has
 * an action that is not dropped, or a recorded reason why none is needed.
 */
export function completionProblems(rootCauses: readonly RootCauseFacts[]): CompletionProblem[] {
  if (rootCauses.length === 0) return [{ messageKey: 'worksheets.problem.needsRootCause' }]
  return rootCauses
    .filter((cause) => causeCoverage(cause.actions) === 'none' && !cause.noActionReason?.trim())
    .map((cause) => ({ messageKey: 'worksheets.problem.causeNeedsAction', causeId: cause.id }))
}

export function worksheetTransitionProblems(from: WorksheetStatus, to: WorksheetStatus, rootCauses: readonly RootCauseFacts[]): CompletionProblem[] {
  if (from === to) return [{ messageKey: 'worksheets.problem.same' }]
  if (!NEXT[from].includes(to)) return [{ messageKey: 'worksheets.problem.notAllowed' }]
  return to === 'complete' ? completionProblems(rootCauses) : []
}
