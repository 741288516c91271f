import type { UiError, UiErrorCode } from './client'

export interface FormErrors {
  /** Catalog key for the message shown above or beside the form (`errors.<code>`). */
  formMessage: `errors.${UiErrorCode}`
  /** Field path -> catalog key, e.g. `{ name: 'validation.duplicate' }`. First issue per field wins. */
  fieldErrors: Record<string, string>
}

/** Turns a failed result into what a form needs: one summary line plus a message per field. */
export function toFormErrors(error: UiError): FormErrors {
  const fieldErrors: Record<string, string> = {}
  for (const issue of error.details ?? []) {
    if (issue.path !== '' && !(issue.path in fieldErrors)) fieldErrors[issue.path] = issue.messageKey
  }
  return { formMessage: `errors.${error.code}`, fieldErrors }
}
