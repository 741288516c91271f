import { useEffect, useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { UiResult } from '../../../api/client'
import type { AgendaItem, MeetingDetail, MeetingHandle } from '../../../api/meetings'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { addMinutes, useErrorText, useFormats } from '../meetingText'
import { AgendaItemCard } from './AgendaItemCard'
import { ItemFieldsForm } from './ItemFields'
import { SECTION_IDS } from './JumpNav'

/**
 * The agenda builder and, during the meeting, the minutes: one click builds the standing agenda;
 * items move, change and go; each item carries its review facts, notes and decision.
 */
export function AgendaSection({ meeting, handle }: { meeting: MeetingDetail; handle: MeetingHandle }) {
  const { t } = useTranslation()
  const formats = useFormats()
  const errorText = useErrorText()
  const headingId = SECTION_IDS.agenda
  const addHeadingId = useId()
  const [status, setStatus] = useState<Status | null>(null)
  const [confirmRebuild, setConfirmRebuild] = useState(false)
  const rebuildButton = useRef<HTMLButtonElement>(null)
  const listRef = useRef<HTMLOListElement>(null)
  const pendingFocus = useRef<{ itemId: number; direction: 'up' | 'down' } | null>(null)
  const busy = useRef(false)
  const { items, locked } = meeting
  const totalMinutes = items.reduce((sum, item) => sum + (item.minutesAllotted ?? 0), 0)
  const canRebuild = items.every((item) => item.actions.length === 0)

  // After a move, keep focus on the moved item's button (or its other one at the end of the list).
  useEffect(() => {
    const pending = pendingFocus.current
    if (!pending) return
    pendingFocus.current = null
    const find = (direction: string) => listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${pending.itemId}-${direction}"]`)
    const preferred = find(pending.direction)
    const target = preferred && !preferred.disabled ? preferred : find(pending.direction === 'up' ? 'down' : 'up')
    target?.focus()
  }, [items])

  const run = async (work: () => Promise<UiResult<unknown>>, success: string) => {
    if (busy.current) return false
    busy.current = true
    const result = await work()
    busy.current = false
    setStatus(result.ok ? { tone: 'success', text: success } : { tone: 'error', text: errorText(result.error) })
    return result.ok
  }

  const build = async (replace: boolean) => {
    const ok = await run(() => handle.buildAgenda(replace), t('meetings.agenda.built'))
    if (replace) flushSync(() => setConfirmRebuild(false))
    // The button that was pressed is gone (or the agenda changed under it): go to the agenda.
    if (ok || !replace) document.getElementById(headingId)?.focus()
    else rebuildButton.current?.focus()
  }

  const move = (item: AgendaItem, direction: -1 | 1) => {
    const index = items.findIndex((candidate) => candidate.id === item.id)
    const target = index + direction
    if (index < 0 || target < 0 || target >= items.length) return
    const order = items.map((candidate) => candidate.id)
    order.splice(index, 1)
    order.splice(target, 0, item.id)
    pendingFocus.current = { itemId: item.id, direction: direction < 0 ? 'up' : 'down' }
    void run(() => handle.moveItems(order), t('meetings.agenda.moved', { title: item.title, number: String(target + 1) }))
  }

  const remove = async (item: AgendaItem) => {
    const index = items.findIndex((candidate) => candidate.id === item.id)
    const ok = await run(() => handle.removeItem(item.id), t('meetings.agenda.removed', { title: item.title }))
    if (ok) {
      // The item is gone: continue from the item that took its place, or the agenda heading.
      requestAnimationFrame(() => {
        const sections = listRef.current?.querySelectorAll<HTMLElement>(':scope > li')
        const next = sections?.[Math.min(index, (sections?.length ?? 1) - 1)]
        const focusTarget = next?.querySelector<HTMLElement>('button:not([disabled])') ?? document.getElementById(headingId)
        focusTarget?.focus()
      })
    }
    return ok
  }

  return (
    <section className="card agenda" aria-labelledby={headingId}>
      <div className="agenda__header">
        <h2 id={headingId} tabIndex={-1}>
          {t('meetings.agenda.heading')}
        </h2>
        {items.length > 0 && (
          <p className="agenda__total">
            {t('meetings.agenda.total', { count: totalMinutes })}
            {meeting.startTime && totalMinutes > 0 ? ` · ${t('meetings.agenda.endsAround', { time: formats.time(addMinutes(meeting.startTime, totalMinutes)) })}` : ''}
          </p>
        )}
      </div>

      {items.length === 0 && (
        <>
          <p className="empty">{t('meetings.agenda.empty')}</p>
          {!locked && (
            <p>
              <button type="button" className="button button--primary button--large" onClick={() => void build(false)}>
                {t('meetings.agenda.build')}
              </button>
            </p>
          )}
        </>
      )}

      {items.length > 0 && !locked && canRebuild && (
        <div className="agenda__rebuild">
          {confirmRebuild ? (
            <div className="confirm" role="group" aria-label={t('meetings.agenda.rebuild')}>
              <p>{t('meetings.agenda.rebuildConfirm')}</p>
              <div className="form-actions">
                <button type="button" className="button button--danger" autoFocus onClick={() => void build(true)}>
                  {t('meetings.agenda.rebuildYes')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    flushSync(() => setConfirmRebuild(false))
                    rebuildButton.current?.focus()
                  }}
                >
                  {t('meetings.agenda.rebuildNo')}
                </button>
              </div>
            </div>
          ) : (
            <button ref={rebuildButton} type="button" className="button button--small" onClick={() => setConfirmRebuild(true)}>
              {t('meetings.agenda.rebuild')}
            </button>
          )}
        </div>
      )}
      {items.length > 0 && !locked && !canRebuild && <p className="field-hint">{t('meetings.problem.cannotRebuild')}</p>}

      <StatusMessage status={status} className="agenda__status" />

      {items.length > 0 && (
        <ol ref={listRef} className="agenda-list">
          {items.map((item, index) => (
            <AgendaItemCard
              key={item.id}
              item={item}
              number={index + 1}
              isFirst={index === 0}
              isLast={index === items.length - 1}
              meeting={meeting}
              handle={handle}
              onMove={move}
              onRemove={remove}
              onSaved={(text) => setStatus({ tone: 'success', text })}
            />
          ))}
        </ol>
      )}

      {!locked && (
        <div className="agenda__add" role="group" aria-labelledby={addHeadingId}>
          <h3 id={addHeadingId}>{t('meetings.agenda.addHeading')}</h3>
          <ItemFieldsForm
            initial={{ title: '', presenter: '', minutesAllotted: '' }}
            submitLabel={t('meetings.agenda.add')}
            onSubmit={(input) => handle.addItem(input)}
            onDone={(input) => setStatus({ tone: 'success', text: t('meetings.agenda.added', { title: input.title.trim() }) })}
          />
        </div>
      )}
    </section>
  )
}
