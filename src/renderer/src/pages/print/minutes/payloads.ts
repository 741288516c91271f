import type { AgendaPayload, BulletinPayload, MinutesPayload } from '../../../../../shared/documents/printDocuments'
import { fetchPrintData } from '../printData'

/**
 * Shape checks for the meeting documents' payloads: enough to know every part the views read is
 * there, so a wrong payload is an error the host reports, not a half-printed document. They are
 * deliberately not the full zod schema: approved minutes are a snapshot frozen at approval, and
 * minutes approved years ago must still print after the meeting record gains new fields.
 */
type Check = (value: unknown) => boolean

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value)
const str: Check = (value) => typeof value === 'string'
const num: Check = (value) => typeof value === 'number'
const bool: Check = (value) => typeof value === 'boolean'
const strOrNull: Check = (value) => value === null || typeof value === 'string'
const arrayOf =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.every(item)
const shape =
  (fields: Record<string, Check>): Check =>
  (value) =>
    isObject(value) && Object.entries(fields).every(([key, check]) => check(value[key]))
const nullable =
  (check: Check): Check =>
  (value) =>
    value === null || check(value)

const reviewReport = shape({ refCode: str, occurredOn: str, locationName: str, categoryName: strOrNull, whatHappened: str, riskLevel: strOrNull, status: str, duplicates: arrayOf(str) })
const reviewAction = shape({ description: str, ownerLabel: strOrNull, dueOn: strOrNull, status: str })
const namedCount = shape({ name: str, count: num })

const review = shape({
  period: shape({ start: str, end: str }),
  nearMisses: shape({
    reports: num,
    events: num,
    byRisk: shape({ critical: arrayOf(reviewReport), high: arrayOf(reviewReport), medium: arrayOf(reviewReport), low: arrayOf(reviewReport), untriaged: arrayOf(reviewReport) })
  }),
  investigations: arrayOf(shape({ title: str, reportCodes: str, causeIdentified: bool, corrected: bool })),
  actionFollowUp: shape({ overdue: arrayOf(reviewAction), dueSoon: arrayOf(reviewAction), awaitingCheck: arrayOf(reviewAction) }),
  trends: shape({ monthly: arrayOf(shape({ month: str, count: num })), byCategory: arrayOf(namedCount), byLocation: arrayOf(namedCount) }),
  feedback: arrayOf(shape({ refCode: str, closedOn: strOrNull, categoryName: strOrNull, feedbackToStaff: str })),
  earlierRecommendations: arrayOf(shape({ meetingHeldOn: str, title: str, recommendation: str, owner: strOrNull, responseDueOn: strOrNull, managementResponse: strOrNull })),
  openActions: num
})

const meeting = shape({
  heldOn: str,
  startTime: strOrNull,
  endTime: strOrNull,
  place: strOrNull,
  chairName: strOrNull,
  recorderName: strOrNull,
  periodStart: str,
  periodEnd: str,
  status: str,
  approvedAtMeeting: nullable(shape({ heldOn: str })),
  nextMeetingNote: strOrNull,
  previousMeeting: nullable(shape({ heldOn: str, status: str })),
  nextMeeting: nullable(shape({ heldOn: str, startTime: strOrNull, place: strOrNull })),
  attendance: arrayOf(shape({ attendance: str, name: str, role: strOrNull })),
  items: arrayOf(
    shape({
      kind: str,
      title: str,
      presenter: strOrNull,
      minutesAllotted: nullable(num),
      notes: strOrNull,
      decision: strOrNull,
      recommendation: strOrNull,
      recommendationOwner: strOrNull,
      responseDueOn: strOrNull,
      managementResponse: strOrNull,
      actions: arrayOf(reviewAction)
    })
  ),
  review
})

const header = { schoolName: str, committeeName: str, printedAt: str }

export const isAgendaPayload = shape({ ...header, meeting }) as (value: unknown) => value is AgendaPayload

export const isMinutesPayload = shape({
  ...header,
  retentionYears: num,
  keepUntil: str,
  meeting,
  previousMinutes: nullable(shape({ heldOn: str, approvedHere: bool })),
  amendments: arrayOf(shape({ amendedOn: str, text: str })),
  posting: nullable(shape({ where: str, on: strOrNull }))
}) as (value: unknown) => value is MinutesPayload

export const isBulletinPayload = shape({
  ...header,
  period: shape({ start: str, end: str }),
  counts: shape({ reported: num, events: num, closed: num, verified: num }),
  closed: arrayOf(shape({ refCode: str, categoryName: strOrNull, closedOn: strOrNull, feedbackToStaff: str })),
  verified: arrayOf(shape({ description: str, checkedOn: str, reportCodes: arrayOf(str) }))
}) as (value: unknown) => value is BulletinPayload

const loader =
  <P>(name: string, check: (value: unknown) => value is P) =>
  async (token: string): Promise<P> => {
    const data = await fetchPrintData(token)
    if (!check(data)) throw new Error(`Print data for ${name} has an unexpected shape`)
    return data
  }

export const loadAgendaPayload = loader('agenda', isAgendaPayload)
export const loadMinutesPayload = loader('minutes', isMinutesPayload)
export const loadBulletinPayload = loader('bulletin', isBulletinPayload)
