/** Catalog: root-cause worksheets (5 Whys, fishbone, root causes) and their PDF. */
export const worksheets = {
  problem: {
    needsReport: 'A worksheet covers at least one report.',
    needsRootCause: 'Mark at least one cause as a root cause before completing the worksheet.',
    causeNeedsAction: 'Every root cause needs an action, or a note saying why none is needed.',
    causeHasActions: 'Actions address this cause. Move or drop them before removing it.',
    same: 'The worksheet already has that status.',
    notAllowed: 'The worksheet cannot move straight to that status.'
  }
} as const
