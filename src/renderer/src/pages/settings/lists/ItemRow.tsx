import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReferenceItem, ReferenceListKind } from '../../../../../shared/domain/referenceLists'
import type { ReferenceList } from '../../../api/useReferenceList'
import type { Status } from '../../../components/StatusMessage'
import { EditItemForm } from './EditItemForm'

interface ItemRowProps {
  kind: ReferenceListKind
  item: ReferenceItem
  editing: boolean
  update: ReferenceList['update']
  onStartEdit: () => void
  onEndEdit: () => void
  onToggleArchived: () => void
  onStatus: (status: Status | null) => void
}

/**
 * One entry with Rename and Archive/Restore. Visible button text stays short ("Rename"); the
 * accessible name adds the entry ("Rename Gym") so a screen reader's button list makes sense.
 */
export function ItemRow({ kind, item, editing, update, onStartEdit, onEndEdit, onToggleArchived, onStatus }: ItemRowProps) {
  const { t } = useTranslation()
  const renameRef = useRef<HTMLButtonElement>(null)
  // Set only when this row's own form finishes, so opening another row's editor does not
  // pull focus back here.
  const returnFocus = useRef(false)

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false
      renameRef.current?.focus()
    }
  }, [editing])

  if (editing) {
    const done = () => {
      returnFocus.current = true
      onEndEdit()
    }
    return (
      <li className="item item--editing">
        <EditItemForm kind={kind} item={item} update={update} onStatus={onStatus} onDone={done} />
      </li>
    )
  }

  return (
    <li className={item.archived ? 'item item--archived' : 'item'}>
      <span className="item__text">
        <span className="item__name">{item.name}</span>
        {item.detail && <span className="item__detail">{item.detail}</span>}
        {item.archived && <span className="badge">{t('lists.archived')}</span>}
      </span>
      <span className="item__actions">
        <button
          ref={renameRef}
          type="button"
          className="button button--small"
          aria-label={t('lists.renameItem', { name: item.name })}
          onClick={onStartEdit}
        >
          {t('lists.rename')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-label={t(item.archived ? 'lists.restoreItem' : 'lists.archiveItem', { name: item.name })}
          onClick={onToggleArchived}
        >
          {t(item.archived ? 'lists.restore' : 'lists.archive')}
        </button>
      </span>
    </li>
  )
}
