import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReferenceItem, ReferenceListKind } from '../../../../../shared/domain/referenceLists'
import { toFormErrors } from '../../../api/formErrors'
import { useReferenceList } from '../../../api/useReferenceList'
import { StatusMessage, type Status } from '../../../components/StatusMessage'
import { AddItemForm } from './AddItemForm'
import { ItemList } from './ItemList'

/**
 * One reference list: add form first (so keying in a paper list needs no tabbing past the
 * entries), then the entries. A region named by its h2, e.g. "Locations".
 */
export function ListEditor({ kind }: { kind: ReferenceListKind }) {
  const { t } = useTranslation()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [showArchived, setShowArchived] = useState(false)
  const [editingId, setEditingId] = useState<number | null>(null)
  const [status, setStatus] = useState<Status | null>(null)
  const list = useReferenceList(kind, showArchived)

  const toggleArchived = async (item: ReferenceItem) => {
    setStatus(null)
    const archived = !item.archived
    const result = await list.setArchived(item.id, archived)
    if (!result.ok) {
      setStatus({ tone: 'error', text: t(toFormErrors(result.error).formMessage) })
      return
    }
    const name = result.data.name
    setStatus({ tone: 'success', text: t(archived ? 'lists.archivedNotice' : 'lists.restoredNotice', { name }) })
    // The entry just left the list (archived ones are hidden), and its button with it: put
    // focus somewhere predictable instead of letting it fall to the top of the page.
    if (archived && !showArchived) headingRef.current?.focus()
  }

  return (
    <section className="card list-editor" aria-labelledby={headingId}>
      <div className="list-editor__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {t(`lists.${kind}`)}
        </h2>
        <label className="checkbox">
          <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
          {t('lists.showArchived')}
        </label>
      </div>
      <AddItemForm kind={kind} add={list.add} onStatus={setStatus} />
      <StatusMessage status={status} className="list-editor__status" />
      {list.state.status === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {list.state.status === 'error' && (
        <p className="status status--error">{t(toFormErrors(list.state.error).formMessage)}</p>
      )}
      {list.state.status === 'ready' && (
        <ItemList
          kind={kind}
          items={list.state.items}
          editingId={editingId}
          update={list.update}
          onStartEdit={setEditingId}
          onEndEdit={() => setEditingId(null)}
          onToggleArchived={(item) => void toggleArchived(item)}
          onStatus={setStatus}
        />
      )}
    </section>
  )
}
