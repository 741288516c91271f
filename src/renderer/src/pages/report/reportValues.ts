import { TIME_SLOTS, type TimeSlot } from '../../../../shared/domain/defaults'
import type { ChannelInput, ChannelOutput } from '../../../../shared/ipc/contract'

/**
 * What the report fields edit: text as typed (numbers and ids as strings, the way inputs and
 * selects hold them), so a half-typed form round-trips through a draft unchanged. Converted to
 * the channel's input only when saving; main then validates and trims.
 */
export interface ReportValues {
  occurredOn: string
  occurredTime: string
  timeSlot: TimeSlot | ''
  locationId: string
  locationDetails: string
  categoryId: string
  whatHappened: string
  whatCouldHaveHappened: string
  whatStoppedIt: string
  involvedStudents: string
  involvedStaff: string
  involvedVisitors: string
  involvedRoles: string
  conditionIds: number[]
  immediateAction: string
  reporterName: string
  reporterAnonymous: boolean
  reporterRole: string
}

export type ReportField = keyof ReportValues

/** The school's "today" as YYYY-MM-DD, in local time (UTC would be tomorrow on a US evening). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

export const emptyValues = (today: string = todayIso()): ReportValues => ({
  occurredOn: today,
  occurredTime: '',
  timeSlot: '',
  locationId: '',
  locationDetails: '',
  categoryId: '',
  whatHappened: '',
  whatCouldHaveHappened: '',
  whatStoppedIt: '',
  involvedStudents: '',
  involvedStaff: '',
  involvedVisitors: '',
  involvedRoles: '',
  conditionIds: [],
  immediateAction: '',
  reporterName: '',
  reporterAnonymous: false,
  reporterRole: ''
})

export const sameValues = (a: ReportValues, b: ReportValues): boolean => JSON.stringify(a) === JSON.stringify(b)

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text)
/** Blank means "not counted"; anything else goes to main as a number (NaN gets main's message). */
const count = (text: string): number | undefined => (text.trim() === '' ? undefined : Number(text))
const optionalId = (text: string): number | null => (text === '' ? null : Number(text))

/** The fields as `reports:create` (and `reports:update`, with an id) take them. */
export function toReportInput(values: ReportValues): ChannelInput<'reports:create'> {
  return {
    occurredOn: values.occurredOn,
    occurredTime: blankToNull(values.occurredTime),
    timeSlot: values.timeSlot === '' ? null : values.timeSlot,
    // 0 is "no place chosen": main answers with validation.locationRequired on that field.
    locationId: values.locationId === '' ? 0 : Number(values.locationId),
    locationDetails: blankToNull(values.locationDetails),
    categoryId: optionalId(values.categoryId),
    whatHappened: values.whatHappened,
    whatCouldHaveHappened: blankToNull(values.whatCouldHaveHappened),
    whatStoppedIt: blankToNull(values.whatStoppedIt),
    involvedStudents: count(values.involvedStudents),
    involvedStaff: count(values.involvedStaff),
    involvedVisitors: count(values.involvedVisitors),
    involvedRoles: blankToNull(values.involvedRoles),
    conditionIds: values.conditionIds,
    immediateAction: blankToNull(values.immediateAction),
    reporterName: values.reporterAnonymous ? null : blankToNull(values.reporterName),
    reporterAnonymous: values.reporterAnonymous,
    reporterRole: blankToNull(values.reporterRole)
  }
}

/** A stored report as editable values (for the register's detail view). */
export function valuesFromReport(report: ChannelOutput<'reports:get'>): ReportValues {
  const text = (value: string | null) => value ?? ''
  const counted = (value: number) => (value === 0 ? '' : String(value))
  return {
    occurredOn: report.occurredOn,
    occurredTime: text(report.occurredTime),
    timeSlot: isTimeSlot(report.timeSlot) ? report.timeSlot : '',
    locationId: String(report.locationId),
    locationDetails: text(report.locationDetails),
    categoryId: report.categoryId === null ? '' : String(report.categoryId),
    whatHappened: report.whatHappened,
    whatCouldHaveHappened: text(report.whatCouldHaveHappened),
    whatStoppedIt: text(report.whatStoppedIt),
    involvedStudents: counted(report.involvedStudents),
    involvedStaff: counted(report.involvedStaff),
    involvedVisitors: counted(report.involvedVisitors),
    involvedRoles: text(report.involvedRoles),
    conditionIds: report.conditionIds,
    immediateAction: text(report.immediateAction),
    reporterName: text(report.reporterName),
    reporterAnonymous: report.reporterAnonymous,
    reporterRole: text(report.reporterRole)
  }
}

const isTimeSlot = (value: unknown): value is TimeSlot => (TIME_SLOTS as readonly unknown[]).includes(value)

/**
 * A stored draft back into values. Drafts are whatever an older (or newer) version of this form
 * wrote, so take only fields of the right type and fall back to the empty form for the rest.
 */
export function valuesFromDraft(draft: Record<string, unknown> | null, today: string = todayIso()): ReportValues | null {
  const raw = draft?.values
  if (!raw || typeof raw !== 'object') return null
  const source = raw as Record<string, unknown>
  const values = emptyValues(today)
  const target = values as unknown as Record<string, unknown>
  for (const key of Object.keys(values) as ReportField[]) {
    const value = source[key]
    if (key === 'conditionIds') {
      if (Array.isArray(value)) values.conditionIds = value.filter((id): id is number => Number.isInteger(id) && id > 0)
    } else if (key === 'timeSlot') {
      if (isTimeSlot(value)) values.timeSlot = value
    } else if (typeof value === typeof target[key]) {
      target[key] = value
    }
  }
  return values
}

export const toDraft = (values: ReportValues): Record<string, unknown> => ({ version: 1, values })

/**
 * Main's field paths (`conditionIds.2`) to the field that shows the message. Main gives one
 * message key per field; the first one wins.
 */
export function fieldErrorsFrom(details: ReadonlyArray<{ path: string; messageKey: string }> | undefined): Partial<Record<ReportField, string>> {
  const errors: Partial<Record<ReportField, string>> = {}
  for (const issue of details ?? []) {
    const field = issue.path.split('.')[0] as ReportField
    if (field && !(field in errors)) errors[field] = issue.messageKey
  }
  return errors
}
