import { describe, expect, it } from 'vitest'
import { actionBucket, actionTransitionProblem, causeCoverage, CONTROL_TYPES, suggestedStrength } from '../../../src/shared/domain/actions'
import { completionProblems, worksheetTransitionProblems } from '../../../src/shared/domain/worksheets'

describe('suggestedStrength', () => {
  it('follows the hierarchy of controls', () => {
    expect(Object.fromEntries(CONTROL_TYPES.map((c) => [c, suggestedStrength(c)]))).toEqual({
      elimination: 'stronger',
      substitution: 'stronger',
      engineering: 'stronger',
      administrative: 'weaker',
      ppe: 'weaker'
    })
  })
})

describe('causeCoverage', () => {
  it('warns when a cause has only weaker actions, ignoring dropped ones', () => {
    expect(causeCoverage([])).toBe('none')
    expect(causeCoverage([{ strength: 'weaker', status: 'planned' }])).toBe('weakOnly')
    expect(causeCoverage([{ strength: 'weaker', status: 'planned' }, { strength: 'stronger', status: 'dropped' }])).toBe('weakOnly')
    expect(causeCoverage([{ strength: 'weaker', status: 'planned' }, { strength: 'intermediate', status: 'done' }])).toBe('intermediate')
    expect(causeCoverage([{ strength: 'weaker', status: 'planned' }, { strength: 'stronger', status: 'planned' }])).toBe('strong')
  })
})

describe('actionTransitionProblem', () => {
  it('verifies only with a check result and date', () => {
    expect(actionTransitionProblem('done', 'verified', {})).toBe('actions.problem.needsCheck')
    expect(actionTransitionProblem('done', 'verified', { checkResult: 'No tips in 6 weeks', checkedOn: '2026-03-01' })).toBeNull()
    expect(actionTransitionProblem('planned', 'verified', { checkResult: 'x', checkedOn: '2026-03-01' })).toBe('actions.problem.notAllowed')
  })

  it('drops only with a reason', () => {
    expect(actionTransitionProblem('planned', 'dropped', {})).toBe('actions.problem.needsDropReason')
    expect(actionTransitionProblem('planned', 'dropped', { droppedReason: 'Replaced by the shelving project' })).toBeNull()
  })
})

describe('actionBucket', () => {
  const today = '2026-03-10'
  const soon = '2026-03-24'
  it('sorts open actions into overdue, due soon, awaiting check and later', () => {
    expect(actionBucket({ status: 'planned', dueOn: '2026-03-09' }, today, soon)).toBe('overdue')
    expect(actionBucket({ status: 'inProgress', dueOn: '2026-03-10' }, today, soon)).toBe('dueSoon')
    expect(actionBucket({ status: 'planned', dueOn: '2026-03-24' }, today, soon)).toBe('dueSoon')
    expect(actionBucket({ status: 'planned', dueOn: '2026-03-25' }, today, soon)).toBe('later')
    expect(actionBucket({ status: 'planned', dueOn: null }, today, soon)).toBe('later')
    expect(actionBucket({ status: 'done', dueOn: '2026-01-01' }, today, soon)).toBe('awaitingCheck')
    expect(actionBucket({ status: 'verified', dueOn: '2026-01-01' }, today, soon)).toBe('settled')
  })
})

describe('worksheet completion gate', () => {
  it('needs a root cause, and an action or a reason for each', () => {
    expect(completionProblems([])).toEqual([{ messageKey: 'worksheets.problem.needsRootCause' }])
    expect(completionProblems([{ id: 7, text: 'Shelf too high', noActionReason: null, actions: [] }])).toEqual([{ messageKey: 'worksheets.problem.causeNeedsAction', causeId: 7 }])
    expect(completionProblems([{ id: 7, text: 'x', noActionReason: null, actions: [{ strength: 'weaker', status: 'dropped' }] }])).toHaveLength(1)
    expect(completionProblems([{ id: 7, text: 'x', noActionReason: 'Already fixed by district', actions: [] }])).toEqual([])
    expect(completionProblems([{ id: 7, text: 'x', noActionReason: null, actions: [{ strength: 'weaker', status: 'planned' }] }])).toEqual([])
  })

  it('only moves draft -> in review -> complete', () => {
    expect(worksheetTransitionProblems('draft', 'complete', [])).toEqual([{ messageKey: 'worksheets.problem.notAllowed' }])
    expect(worksheetTransitionProblems('draft', 'inReview', [])).toEqual([])
  })
})
