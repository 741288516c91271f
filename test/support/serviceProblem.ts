import type { ServiceError } from '../../src/main/services/serviceError'

/**
 * What a service refused with: its code, its details, and the details' message keys (what the
 * UI shows). Fails the test if `fn` did not throw, so a missing refusal cannot pass silently.
 */
export const problemOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    const { code, details } = error as ServiceError
    return { code, details, keys: details?.map((d) => d.messageKey) }
  }
  throw new Error('expected a ServiceError')
}
