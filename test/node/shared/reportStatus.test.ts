import { describe, expect, it } from 'vitest'
import { allowedNextStatuses, canTransition, transitionProblem } from '../../../src/shared/domain/reportStatus'

describe('report status flow', () => {
  it('follows new -> triaged -> investigating -> action planned -> closed', () => {
    expect(canTransition('new', 'triaged')).toBe(true)
    expect(canTransition('triaged', 'investigating')).toBe(true)
    expect(canTransition('investigating', 'actionPlanned')).toBe(true)
    expect(canTransition('actionPlanned', 'closed')).toBe(true)
  })

  it('refuses skipping triage and jumping backwards to new', () => {
    expect(canTransition('new', 'closed')).toBe(false)
    expect(canTransition('new', 'investigating')).toBe(false)
    expect(canTransition('closed', 'new')).toBe(false)
    expect(allowedNextStatuses('closed')).toEqual(['triaged'])
  })

  it('explains what is missing before closing', () => {
    const facts = { triaged: true }
    expect(transitionProblem('triaged', 'closed', facts)).toBe('status.problem.needsClosureNote')
    expect(transitionProblem('triaged', 'closed', { ...facts, closureNote: 'Shelf lowered' })).toBe('status.problem.needsFeedback')
    expect(transitionProblem('triaged', 'closed', { ...facts, closureNote: 'Shelf lowered', feedbackToStaff: '  ' })).toBe('status.problem.needsFeedback')
    expect(transitionProblem('triaged', 'closed', { ...facts, closureNote: 'Shelf lowered', feedbackToStaff: 'You said the shelf was high; we lowered it.' })).toBeNull()
    expect(transitionProblem('new', 'closed', facts)).toBe('status.problem.notAllowed')
    expect(transitionProblem('triaged', 'triaged', facts)).toBe('status.problem.same')
    expect(transitionProblem('triaged', 'investigating', { triaged: false })).toBe('status.problem.needsTriage')
  })
})
