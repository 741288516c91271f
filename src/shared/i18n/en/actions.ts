/** Catalog: corrective actions, their strength and effectiveness checks, and the Actions page. */
export const actions = {
  problem: {
    needsOwner: 'Every action needs an owner: choose a member or type a name.',
    needsLink: 'An action belongs to a worksheet, a report or a meeting item.',
    needsCheck: 'Record the effectiveness check (date and result) to verify this action.',
    needsDropReason: 'Say why the action is dropped.',
    checkNeedsDone: 'Only an action marked done can be checked.',
    same: 'The action already has that status.',
    notAllowed: 'The action cannot move straight to that status.'
  }
} as const
