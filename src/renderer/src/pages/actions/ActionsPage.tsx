import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActionList, type Action, type ActionListRow } from '../../api/actions'
import { PageHeading } from '../../components/PageHeading'
import { StatusMessage, type Status } from '../../components/StatusMessage'
import { ActionFilters } from './ActionFilters'
import { ActionTable } from './ActionTable'
import { ActionTiles } from './ActionTiles'
import { actionsHash, EMPTY_QUERY, hasFilters, parseActionsHash, sortForFollowUp, toListInput, type ActionsQuery } from './actionsQuery'
import { todayIso } from './dates'
import { EditActionDialog } from './EditActionDialog'

/**
 * Every corrective action: what is overdue, due soon or waiting for its effectiveness check,
 * then the full list with filters. Status moves happen in the row; Edit opens the form in a
 * dialog. Filters live in the hash (`#/actions?bucket=overdue`), so a link from the meeting
 * agenda or a reload shows the same list.
 */
export function ActionsPage() {
  const { t } = useTranslation()
  const [query, setQuery] = useState<ActionsQuery>(() => parseActionsHash(window.location.hash))
  const list = useActionList(toListInput(query))
  const all = useActionList({})
  const [status, setStatus] = useState<Status | null>(null)
  const [editing, setEditing] = useState<ActionListRow | null>(null)
  const editTrigger = useRef<HTMLButtonElement | null>(null)
  const resultsHeading = useRef<HTMLHeadingElement>(null)
  const filtersHeadingId = useId()
  const resultsHeadingId = useId()
  const today = todayIso()

  // A link to `#/actions?...` while this page is open (the nav, the agenda) changes what is shown.
  useEffect(() => {
    const onHash = () => setQuery(parseActionsHash(window.location.hash))
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [])

  /** Filters are remembered in the hash without a hashchange (no new history entry per click). */
  const change = useCallback((patch: Partial<ActionsQuery>) => {
    setQuery((previous) => {
      const next = { ...previous, ...patch }
      window.history.replaceState(window.history.state, '', actionsHash(next))
      return next
    })
  }, [])

  const reloadList = list.reload
  const reloadAll = all.reload
  const reloadBoth = useCallback(async () => {
    await Promise.all([reloadList(), reloadAll()])
  }, [reloadList, reloadAll])

  /** After a change the row may leave the filtered list; keep focus on the page, not lost to <body>. */
  const keepFocus = () => {
    const active = document.activeElement
    if (!active || active === document.body || !active.isConnected) resultsHeading.current?.focus()
  }

  const onChanged = async (_action: Action) => {
    await reloadBoth()
    keepFocus()
  }

  const closeEditor = () => {
    setEditing(null)
    const trigger = editTrigger.current
    editTrigger.current = null
    // After the dialog is gone: back to the Edit button that opened it, if its row is still shown.
    queueMicrotask(() => (trigger?.isConnected ? trigger.focus() : resultsHeading.current?.focus()))
  }

  const onSaved = async () => {
    setStatus({ tone: 'success', text: t('actions.form.saved') })
    closeEditor()
    await reloadBoth()
    keepFocus()
  }

  const result = list.state.status === 'ready' ? list.state.result : null
  const allRows = all.state.status === 'ready' ? all.state.result.rows : []
  const rows = useMemo(() => (result ? sortForFollowUp(result.rows) : []), [result])
  const nothingYet = all.state.status === 'ready' && allRows.length === 0

  return (
    <>
      <PageHeading>{t('actions.page.heading')}</PageHeading>
      <p className="actions-intro">{t('actions.page.intro')}</p>

      {nothingYet ? (
        <EmptyActions />
      ) : (
        <>
          <ActionTiles counts={result?.counts ?? null} active={query.bucket} onShow={(bucket) => change({ bucket })} />

          <section className="card action-controls" aria-labelledby={filtersHeadingId}>
            <h2 id={filtersHeadingId} className="visually-hidden">
              {t('actions.page.filtersHeading')}
            </h2>
            <ActionFilters query={query} allRows={allRows} onChange={change} />
            {hasFilters(query) && (
              <button type="button" className="button button--small" onClick={() => change(EMPTY_QUERY)}>
                {t('actions.page.clear')}
              </button>
            )}
          </section>

          <section className="action-results" aria-labelledby={resultsHeadingId}>
            <div className="action-results__header">
              <h2 id={resultsHeadingId} ref={resultsHeading} tabIndex={-1}>
                {t('actions.page.table.caption')}
              </h2>
              {/* Always in the DOM, so the new count is heard after each filter change. */}
              <p role="status" className="action-results__count">
                {result ? (rows.length === 0 ? t('actions.page.noMatches') : t('actions.page.count', { count: rows.length })) : ''}
              </p>
            </div>
            <StatusMessage status={status} className="action-results__status" />
            {list.state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
            {list.state.status === 'error' && (
              <p className="status status--error" role="alert">
                {t(`errors.${list.state.error.code}`)}
              </p>
            )}
            {result && rows.length > 0 && (
              <ActionTable
                rows={rows}
                today={today}
                busy={false}
                onEdit={(row, trigger) => {
                  editTrigger.current = trigger
                  setStatus(null)
                  setEditing(row)
                }}
                onChanged={(action) => void onChanged(action)}
                onRefused={() => void reloadBoth()}
                onStatus={setStatus}
              />
            )}
          </section>
        </>
      )}

      {editing && <EditActionDialog action={editing} onSaved={() => void onSaved()} onClose={closeEditor} />}
    </>
  )
}

function EmptyActions() {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section className="card actions-empty" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('actions.page.emptyHeading')}</h2>
      <p>{t('actions.page.emptyText')}</p>
    </section>
  )
}
