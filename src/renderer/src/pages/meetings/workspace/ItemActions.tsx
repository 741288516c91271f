import { useId, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import type { AgendaItem, MeetingHandle } from '../../../api/meetings'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { ActionForm } from '../../actions/ActionForm'
import { ActionLine } from './review/ActionLine'

/**
 * Corrective actions decided on this item: the ones already made, and "Create action from this
 * item" opening the same action form the worksheets use, linked to the agenda item.
 */
export function ItemActions({ item, handle, locked }: { item: AgendaItem; handle: MeetingHandle; locked: boolean }) {
  const { t } = useTranslation()
  const headingId = useId()
  const formHeadingId = useId()
  const [open, setOpen] = useState(false)
  const [status, setStatus] = useState<Status | null>(null)
  const createButton = useRef<HTMLButtonElement>(null)

  const close = (message: Status | null) => {
    flushSync(() => {
      setOpen(false)
      setStatus(message)
    })
    createButton.current?.focus()
  }

  if (locked && item.actions.length === 0) return null
  return (
    <div className="item-actions" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('meetings.itemActions.heading')}</h4>
      {item.actions.length === 0 ? (
        <p className="empty">{t('meetings.itemActions.none')}</p>
      ) : (
        <ul className="review-list">
          {item.actions.map((action) => (
            <li key={action.id}>
              <ActionLine action={action} />
            </li>
          ))}
        </ul>
      )}
      {!locked && (
        <>
          {open ? (
            <div className="item-actions__form" role="group" aria-labelledby={formHeadingId}>
              <h5 id={formHeadingId}>{t('meetings.itemActions.formHeading', { title: item.title })}</h5>
              <ActionForm
                link={{ agendaItemId: item.id }}
                onSaved={(action) => {
                  void handle.reload()
                  close({ tone: 'success', text: t('meetings.itemActions.created', { description: action.description }) })
                }}
                onCancel={() => close(null)}
              />
            </div>
          ) : (
            <button
              ref={createButton}
              type="button"
              className="button button--small"
              aria-label={t('meetings.itemActions.createLabel', { title: item.title })}
              onClick={() => {
                setStatus(null)
                setOpen(true)
              }}
            >
              {t('meetings.itemActions.create')}
            </button>
          )}
          <StatusMessage status={status} />
        </>
      )}
    </div>
  )
}
