import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../i18n/format'
import { PAGE_SIZE } from './registerQuery'

interface PagerProps {
  page: number
  total: number
  onPage: (page: number) => void
}

/** "Showing 51–100 of 100,000" for a page of the register. */
export function useShowingText(page: number, shown: number, total: number): string {
  const { t, i18n } = useTranslation()
  const first = (page - 1) * PAGE_SIZE + 1
  const format = (n: number) => formatNumber(n, i18n.language)
  return t('register.paging.showing', { first: format(first), last: format(first + shown - 1), total: format(total) })
}

/**
 * Previous / Next. At either end the button stays focusable but says it is unavailable
 * (aria-disabled), so focus does not fall to the top of the page on the last click.
 */
export function Pager({ page, total, onPage }: PagerProps) {
  const { t } = useTranslation()
  const hasPrevious = page > 1
  const hasNext = page * PAGE_SIZE < total
  if (!hasPrevious && !hasNext) return null
  return (
    <nav className="pager" aria-label={t('register.paging.label')}>
      <button
        type="button"
        className="button"
        aria-label={t('register.paging.previousPage')}
        aria-disabled={!hasPrevious || undefined}
        onClick={() => hasPrevious && onPage(page - 1)}
      >
        <span aria-hidden="true">← </span>
        {t('register.paging.previous')}
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('register.paging.nextPage')}
        aria-disabled={!hasNext || undefined}
        onClick={() => hasNext && onPage(page + 1)}
      >
        {t('register.paging.next')}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  )
}
