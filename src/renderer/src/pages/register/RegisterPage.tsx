import { useCallback, useEffect, useId, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useReportList } from '../../api/useReportList'
import { PageHeading } from '../../components/PageHeading'
import { goToHash, useHash } from '../../router/useHashRoute'
import { hashQuery, hrefFor, parseHash } from '../../router/routes'
import { Pager, useShowingText } from './Pager'
import { RegisterFilters } from './RegisterFilters'
import {
  defaultDirection,
  DEFAULT_QUERY,
  hasFilters,
  PAGE_SIZE,
  parseRegisterQuery,
  registerHash,
  registerReturnHash,
  rememberRegisterHash,
  toListInput,
  type RegisterQuery,
  type SortField
} from './registerQuery'
import { ReportTable } from './ReportTable'
import { SearchBox } from './SearchBox'

/**
 * Every report, filtered, searched, sorted and paged by main: the screen asks for one page of
 * 50 at a time, so it stays quick at 100,000 reports. What is shown lives in the hash.
 */
export function RegisterPage() {
  const { t } = useTranslation()
  // On the way out to a report this page can render once more with the report's hash before
  // it unmounts: keep showing (and asking for) the register view it had.
  const hash = useHash()
  const ownHash = parseHash(hash) === 'register' ? hash : registerReturnHash()
  const query = useMemo(() => parseRegisterQuery(hashQuery(ownHash)), [ownHash])
  const list = useReportList(toListInput(query))
  const tableTop = useRef<HTMLDivElement>(null)
  const filtersHeadingId = useId()

  useEffect(() => rememberRegisterHash(registerHash(query)), [query])

  /** Any change of what is shown starts again at page 1; each is a step Back can undo. */
  const change = useCallback((patch: Partial<RegisterQuery>) => goToHash(registerHash({ ...query, page: 1, ...patch })), [query])

  const sortBy = (field: SortField) =>
    change({
      sort: field,
      direction: field === query.sort ? (query.direction === 'asc' ? 'desc' : 'asc') : defaultDirection(field)
    })

  const goToPage = (page: number) => {
    goToHash(registerHash({ ...query, page }))
    tableTop.current?.scrollIntoView?.({ block: 'start' }) // absent in jsdom
  }

  const page = list.state.status === 'ready' ? list.state.page : null
  // A saved link or Back can name a page past the end (reports were filtered or merged since):
  // quietly show the last page that exists instead.
  useEffect(() => {
    if (!page || list.pending || page.rows.length > 0 || page.total === 0 || query.page === 1) return
    goToHash(registerHash({ ...query, page: Math.ceil(page.total / PAGE_SIZE) }), { replace: true })
  }, [page, list.pending, query])

  const filtered = hasFilters(query)
  const clearFilters = () => goToHash(registerHash({ ...DEFAULT_QUERY, sort: query.sort, direction: query.direction }))

  return (
    <>
      <PageHeading>{t('register.heading')}</PageHeading>
      <section className="card register-controls" aria-labelledby={filtersHeadingId}>
        <h2 id={filtersHeadingId} className="visually-hidden">
          {t('register.filters.heading')}
        </h2>
        <SearchBox value={query.text} onCommit={(text) => change({ text })} />
        <RegisterFilters query={query} onChange={change} />
        {filtered && (
          <button type="button" className="button button--small" onClick={clearFilters}>
            {t('register.filters.clear')}
          </button>
        )}
      </section>

      <div ref={tableTop} className="register-results">
        {list.state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
        {list.state.status === 'error' && (
          <p className="status status--error" role="alert">
            {t(`errors.${list.state.error.code}`)}
          </p>
        )}
        {page && (
          <Results
            query={query}
            rows={page.rows}
            total={page.total}
            busy={list.pending}
            filtered={filtered}
            onSort={sortBy}
            onPage={goToPage}
            onClear={clearFilters}
          />
        )}
      </div>
    </>
  )
}

interface ResultsProps {
  query: RegisterQuery
  rows: Parameters<typeof ReportTable>[0]['rows']
  total: number
  busy: boolean
  filtered: boolean
  onSort: (field: SortField) => void
  onPage: (page: number) => void
  onClear: () => void
}

function Results({ query, rows, total, busy, filtered, onSort, onPage, onClear }: ResultsProps) {
  const { t } = useTranslation()
  const showing = useShowingText(query.page, rows.length, total)
  if (total === 0 && !filtered) return <EmptyRegister />
  return (
    <>
      {/* Always in the DOM, so a screen reader hears the new count after each filter change. */}
      <p role="status" className="register-count">
        {total === 0 ? t('register.noMatches') : rows.length > 0 ? showing : ''}
      </p>
      {total === 0 ? (
        <button type="button" className="button" onClick={onClear}>
          {t('register.filters.clear')}
        </button>
      ) : (
        <>
          <ReportTable rows={rows} sort={query.sort} direction={query.direction} onSort={onSort} busy={busy} />
          <Pager page={query.page} total={total} onPage={onPage} />
        </>
      )}
    </>
  )
}

/** No reports at all yet: say why that is worth changing, and where to start. */
function EmptyRegister() {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="card register-empty" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('register.empty.heading')}</h2>
      <p>{t('register.empty.text')}</p>
      <a className="button button--primary" href={hrefFor('report')}>
        {t('register.empty.action')}
      </a>
    </section>
  )
}
