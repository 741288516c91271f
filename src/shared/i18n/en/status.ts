/**
 * Catalog: why a change of status was refused. Main's `reports:setStatus` and the pure rule in
 * src/shared/domain/reportStatus.ts point at these keys (`status.problem.*`).
 */
export const status = {
  problem: {
    same: 'The report already has that status.',
    notAllowed:
      'That change of status is not possible from where the report is now. It may have been changed in another window: the page now shows its current status.',
    needsTriage: 'Triage the report first: choose its severity and likelihood on the risk matrix and save.',
    actionsOpen:
      'This report still has corrective actions open. It can be closed once each one is verified by an effectiveness check, or dropped.',
    needsClosureNote: 'Write a closure note: what was done about this near miss.',
    needsFeedback: 'Write the feedback to staff (“you said, we did”): it closes the loop with the person who reported.'
  }
} as const
