import type { IntakeFormPayload, PrintPayloads } from '../../../../shared/documents/printDocuments'
import { printDataPath } from '../../../../shared/documents/printDocuments'

/**
 * The print view's data comes from the host over a same-origin URL (never window.api: the print
 * window has no preload). Each token can be read once, so the request is shared per token:
 * React's development double effects must not spend it twice.
 */
const loads = new Map<string, Promise<unknown>>()

export function fetchPrintData(token: string): Promise<unknown> {
  let load = loads.get(token)
  if (!load) {
    load = fetch(printDataPath(token), { cache: 'no-store', credentials: 'same-origin' }).then(async (response) => {
      if (!response.ok) throw new Error(`Print data ${token.slice(0, 6)}…: HTTP ${response.status}`)
      return (await response.json()) as unknown
    })
    loads.set(token, load)
  }
  return load
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')

function isIntakeFormPayload(value: unknown): value is IntakeFormPayload {
  if (!value || typeof value !== 'object') return false
  const payload = value as Record<string, unknown>
  return (
    typeof payload.schoolName === 'string' &&
    typeof payload.committeeName === 'string' &&
    isStringArray(payload.locations) &&
    isStringArray(payload.categories) &&
    isStringArray(payload.timeSlots) &&
    Array.isArray(payload.conditionsByBranch) &&
    payload.conditionsByBranch.every(
      (group: unknown) =>
        !!group &&
        typeof group === 'object' &&
        typeof (group as Record<string, unknown>).branch === 'string' &&
        isStringArray((group as Record<string, unknown>).conditions)
    )
  )
}

/** The payload, checked against what the document expects; a wrong shape is an error, not a blank page. */
export async function loadIntakeFormPayload(token: string): Promise<PrintPayloads['intakeForm']> {
  const data = await fetchPrintData(token)
  if (!isIntakeFormPayload(data)) throw new Error('Print data for intakeForm has an unexpected shape')
  return data
}
