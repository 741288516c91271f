import { useId, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { AgendaItem, MeetingDetail, MeetingHandle } from '../../../api/meetings'
import { ItemActions } from './ItemActions'
import { ItemFieldsForm } from './ItemFields'
import { agendaItemHeadingId } from './JumpNav'
import { MinutesFields, MinutesRecord } from './MinutesFields'
import { ItemReview } from './review/ItemReview'

interface AgendaItemCardProps {
  item: AgendaItem
  number: number
  isFirst: boolean
  isLast: boolean
  meeting: MeetingDetail
  handle: MeetingHandle
  onMove: (item: AgendaItem, direction: -1 | 1) => void
  onRemove: (item: AgendaItem) => Promise<boolean>
  onSaved: (text: string) => void
}

/**
 * One agenda item: its title and time, the review facts behind it, and the minutes taken on it.
 * Move, edit and remove sit in the item's own toolbar; each button's accessible name includes
 * the item ("Move “Trends” up").
 */
export function AgendaItemCard({ item, number, isFirst, isLast, meeting, handle, onMove, onRemove, onSaved }: AgendaItemCardProps) {
  const { t } = useTranslation()
  const titleId = agendaItemHeadingId(item.id)
  const locked = meeting.locked
  const [mode, setMode] = useState<'view' | 'edit' | 'confirmRemove'>('view')
  const editButton = useRef<HTMLButtonElement>(null)
  const removeButton = useRef<HTMLButtonElement>(null)
  const canRemove = item.actions.length === 0

  const backTo = (button: RefObject<HTMLButtonElement | null>) => {
    flushSync(() => setMode('view'))
    button.current?.focus()
  }

  const meta = [
    item.minutesAllotted !== null ? t('meetings.agenda.minutes', { count: item.minutesAllotted }) : null,
    item.presenter ? t('meetings.agenda.presentedBy', { name: item.presenter }) : null
  ].filter(Boolean)

  return (
    <li className={`agenda-item agenda-item--${item.kind}`}>
      <section aria-labelledby={titleId}>
        <div className="agenda-item__head">
          <h3 id={titleId} className="agenda-item__title" tabIndex={-1}>
            <span className="agenda-item__number">{number}.</span> {item.title}
          </h3>
          {meta.length > 0 && <p className="agenda-item__meta">{meta.join(' · ')}</p>}
        </div>
        {!locked && mode === 'view' && (
          <div className="agenda-item__tools" role="group" aria-label={t('meetings.agenda.itemNumber', { number: String(number) })}>
            <button
              type="button"
              className="button button--small"
              data-move={`${item.id}-up`}
              disabled={isFirst}
              aria-label={t('meetings.agenda.moveUpLabel', { title: item.title })}
              onClick={() => onMove(item, -1)}
            >
              <span aria-hidden="true">↑ </span>
              {t('meetings.agenda.moveUp')}
            </button>
            <button
              type="button"
              className="button button--small"
              data-move={`${item.id}-down`}
              disabled={isLast}
              aria-label={t('meetings.agenda.moveDownLabel', { title: item.title })}
              onClick={() => onMove(item, 1)}
            >
              <span aria-hidden="true">↓ </span>
              {t('meetings.agenda.moveDown')}
            </button>
            <button
              ref={editButton}
              type="button"
              className="button button--small"
              aria-label={t('meetings.agenda.editLabel', { title: item.title })}
              onClick={() => setMode('edit')}
            >
              {t('meetings.agenda.edit')}
            </button>
            {canRemove && (
              <button
                ref={removeButton}
                type="button"
                className="button button--small button--danger"
                aria-label={t('meetings.agenda.removeLabel', { title: item.title })}
                onClick={() => setMode('confirmRemove')}
              >
                {t('meetings.agenda.remove')}
              </button>
            )}
          </div>
        )}
        {!locked && mode === 'edit' && (
          <ItemFieldsForm
            className="item-fields-form--edit"
            autoFocus
            initial={{ title: item.title, presenter: item.presenter ?? '', minutesAllotted: item.minutesAllotted === null ? '' : String(item.minutesAllotted) }}
            submitLabel={t('meetings.agenda.save')}
            onSubmit={(input) => handle.updateItem(item.id, input)}
            onDone={() => {
              backTo(editButton)
              onSaved(t('meetings.agenda.saved'))
            }}
            onCancel={() => backTo(editButton)}
          />
        )}
        {!locked && mode === 'confirmRemove' && (
          <ConfirmRemove
            title={item.title}
            onYes={async () => {
              if (!(await onRemove(item))) backTo(removeButton)
            }}
            onNo={() => backTo(removeButton)}
          />
        )}
        <ItemReview item={item} meeting={meeting} handle={handle} />
        {locked ? <MinutesRecord item={item} /> : <MinutesFields item={item} handle={handle} />}
        <ItemActions item={item} handle={handle} locked={locked} />
      </section>
    </li>
  )
}

function ConfirmRemove({ title, onYes, onNo }: { title: string; onYes: () => Promise<void>; onNo: () => void }) {
  const { t } = useTranslation()
  const questionId = useId()
  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby={questionId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault()
          onNo()
        }
      }}
    >
      <p id={questionId}>{t('meetings.agenda.removeConfirm', { title })}</p>
      <div className="form-actions">
        <button type="button" className="button button--danger" autoFocus onClick={() => void onYes()}>
          {t('meetings.agenda.removeYes')}
        </button>
        <button type="button" className="button" onClick={onNo}>
          {t('meetings.agenda.removeNo')}
        </button>
      </div>
    </div>
  )
}
