import { flushSync } from 'react-dom'

/**
 * Show errors, then put focus on the first field marked invalid, so keyboard and screen reader
 * users land on the problem. flushSync renders the errors first, so aria-invalid is in the DOM.
 */
export function showErrorsAndFocus(container: HTMLElement | null, showErrors: () => void): void {
  flushSync(showErrors)
  container?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
}
