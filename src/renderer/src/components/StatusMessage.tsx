export interface Status {
  tone: 'success' | 'error'
  text: string
}

/**
 * A polite live region. It is always in the DOM (empty when idle) because screen readers only
 * announce changes to regions that already existed.
 */
export function StatusMessage({ status, className }: { status: Status | null; className?: string }) {
  const tone = status ? ` status--${status.tone}` : ''
  return (
    <p role="status" className={`status${tone}${className ? ` ${className}` : ''}`}>
      {status?.text ?? ''}
    </p>
  )
}
