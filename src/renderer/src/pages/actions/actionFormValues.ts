import { suggestedStrength, type ActionStrength, type ControlType } from '../../../../shared/domain/actions'
import type { Action, ActionCreateInput, ActionUpdateInput } from '../../api/actions'

/** The form's fields, in form order (errors focus the first one that has a problem). */
export const ACTION_FIELDS = ['description', 'causeId', 'controlType', 'strength', 'owner', 'ownerName', 'dueOn', 'successMeasure', 'checkDueOn'] as const
export type ActionFormField = (typeof ACTION_FIELDS)[number]

/** Owner select: a member's id, "someone else" (type a name), or nothing chosen yet. */
export const SOMEONE_ELSE = 'other'

export interface ActionValues {
  description: string
  /** '' when the action is not tied to one cause. */
  causeId: string
  controlType: ControlType | ''
  strength: ActionStrength | ''
  /** The user picked the strength themselves: a new control type no longer changes it. */
  strengthChosen: boolean
  /** A member id, SOMEONE_ELSE, or ''. */
  owner: string
  ownerName: string
  dueOn: string
  successMeasure: string
  checkDueOn: string
}

export const EMPTY_VALUES: ActionValues = {
  description: '',
  causeId: '',
  controlType: '',
  strength: '',
  strengthChosen: false,
  owner: '',
  ownerName: '',
  dueOn: '',
  successMeasure: '',
  checkDueOn: ''
}

export function valuesOf(action: Action | undefined, defaultCauseId?: number): ActionValues {
  if (!action) return { ...EMPTY_VALUES, causeId: defaultCauseId ? String(defaultCauseId) : '' }
  return {
    description: action.description,
    causeId: action.causeId === null ? '' : String(action.causeId),
    controlType: action.controlType,
    strength: action.strength,
    // An adjusted strength stays adjusted when the control type changes later.
    strengthChosen: action.strength !== suggestedStrength(action.controlType),
    owner: action.ownerMemberId !== null ? String(action.ownerMemberId) : action.ownerName ? SOMEONE_ELSE : '',
    ownerName: action.ownerName ?? '',
    dueOn: action.dueOn ?? '',
    successMeasure: action.successMeasure ?? '',
    checkDueOn: action.checkDueOn ?? ''
  }
}

/** A new control type brings its suggested strength, unless the user chose one themselves. */
export function withControlType(values: ActionValues, controlType: ControlType): ActionValues {
  return { ...values, controlType, strength: values.strengthChosen ? values.strength : suggestedStrength(controlType) }
}

/** What the form checks before sending: field -> catalog key. Main checks again. */
export function checkValues(values: ActionValues): Partial<Record<ActionFormField, string>> {
  const problems: Partial<Record<ActionFormField, string>> = {}
  if (values.description.trim() === '') problems.description = 'actions.problem.needsDescription'
  if (values.controlType === '') problems.controlType = 'actions.problem.needsControlType'
  if (values.owner === '') problems.owner = 'actions.problem.needsOwner'
  else if (values.owner === SOMEONE_ELSE && values.ownerName.trim() === '') problems.ownerName = 'actions.problem.needsOwner'
  if (values.dueOn === '') problems.dueOn = 'actions.problem.needsDueDate'
  if (values.successMeasure.trim() === '') problems.successMeasure = 'actions.problem.needsMeasure'
  if (values.checkDueOn !== '' && values.dueOn !== '' && values.checkDueOn < values.dueOn) problems.checkDueOn = 'actions.problem.checkBeforeDue'
  return problems
}

type Fields = Omit<ActionCreateInput, 'worksheetId' | 'reportId' | 'agendaItemId'>

/** The stored fields; `withCause` only when the form offered a cause to choose. */
export function toFields(values: ActionValues, withCause: boolean): Fields {
  const member = values.owner !== '' && values.owner !== SOMEONE_ELSE
  const fields: Fields = {
    description: values.description,
    controlType: values.controlType as ControlType, // checked by checkValues
    ...(values.strength !== '' ? { strength: values.strength } : {}),
    ownerMemberId: member ? Number(values.owner) : null,
    ownerName: member ? null : values.ownerName.trim(),
    dueOn: values.dueOn === '' ? null : values.dueOn,
    successMeasure: values.successMeasure,
    checkDueOn: values.checkDueOn === '' ? null : values.checkDueOn
  }
  if (withCause) fields.causeId = values.causeId === '' ? null : Number(values.causeId)
  return fields
}

export interface ActionLink {
  worksheetId?: number
  reportId?: number
  agendaItemId?: number
}

export const toCreateInput = (values: ActionValues, link: ActionLink, withCause: boolean): ActionCreateInput => ({
  ...link,
  ...toFields(values, withCause)
})

export const toUpdateInput = (values: ActionValues, id: number, withCause: boolean): ActionUpdateInput => ({
  id,
  ...toFields(values, withCause)
})

/**
 * Main names fields by their stored names; the form shows one owner control at a time, so an
 * owner problem goes to whichever is on screen.
 */
export function fieldOfPath(path: string, values: ActionValues): ActionFormField | null {
  if (path === 'ownerMemberId' || path === 'ownerName') return values.owner === SOMEONE_ELSE ? 'ownerName' : 'owner'
  return (ACTION_FIELDS as readonly string[]).includes(path) ? (path as ActionFormField) : null
}
