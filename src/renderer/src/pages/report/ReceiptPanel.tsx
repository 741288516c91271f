import { useId, useState, type Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { StatusMessage, type Status } from '../../components/StatusMessage'

interface ReceiptPanelProps {
  code: string
  /** The heading takes focus when the panel appears, so the code is what gets read out. */
  headingRef: Ref<HTMLHeadingElement>
  onAnother: () => void
}

/**
 * After a save: the receipt code, big enough to copy down by hand, selectable, and with a copy
 * button. Closing the loop starts here: the code is how a reporter finds the outcome later.
 */
export function ReceiptPanel({ code, headingRef, onAnother }: ReceiptPanelProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const [status, setStatus] = useState<Status | null>(null)

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code)
      setStatus({ tone: 'success', text: t('reports.receipt.copied') })
    } catch {
      setStatus({ tone: 'error', text: t('reports.receipt.copyFailed') })
    }
  }

  return (
    <section className="card receipt" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('reports.receipt.heading')}
      </h2>
      <p className="receipt__line">
        {t('reports.receipt.codeLabel')} <strong className="receipt__code">{code}</strong>
      </p>
      <p>{t('reports.receipt.keep')}</p>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('reports.receipt.copy')}
        </button>
        <button type="button" className="button button--primary" onClick={onAnother}>
          {t('reports.receipt.another')}
        </button>
        <StatusMessage status={status} />
      </div>
    </section>
  )
}
