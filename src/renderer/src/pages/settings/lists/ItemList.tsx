import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import {
  FISHBONE_BRANCHES,
  type FishboneBranch,
  type ReferenceItem,
  type ReferenceListKind
} from '../../../../../shared/domain/referenceLists'
import type { ReferenceList } from '../../../api/useReferenceList'
import type { Status } from '../../../components/StatusMessage'
import { ItemRow } from './ItemRow'

interface ItemListProps {
  kind: ReferenceListKind
  items: ReferenceItem[]
  editingId: number | null
  update: ReferenceList['update']
  onStartEdit: (id: number) => void
  onEndEdit: () => void
  onToggleArchived: (item: ReferenceItem) => void
  onStatus: (status: Status | null) => void
}

/** The entries in the order main gives them; conditions grouped under their fishbone branch. */
export function ItemList(props: ItemListProps) {
  const { t } = useTranslation()
  const { kind, items } = props
  if (items.length === 0) return <p className="empty">{t('lists.empty')}</p>
  if (kind !== 'conditions') return <Rows {...props} />

  const byBranch = (branch: FishboneBranch | null) => items.filter((item) => item.branch === branch)
  return (
    <div className="branch-groups">
      {FISHBONE_BRANCHES.map((branch) => (
        <BranchGroup key={branch} branch={branch} {...props} items={byBranch(branch)} />
      ))}
      {/* Conditions always have a branch; this only keeps a damaged row from vanishing. */}
      <Rows {...props} items={byBranch(null)} />
    </div>
  )
}

function BranchGroup({ branch, ...props }: ItemListProps & { branch: FishboneBranch }) {
  const { t } = useTranslation()
  const headingId = useId()
  if (props.items.length === 0) return null
  return (
    <div className="branch-group">
      <h3 id={headingId}>{t(`branches.${branch}`)}</h3>
      <Rows {...props} labelledBy={headingId} />
    </div>
  )
}

function Rows({ labelledBy, ...props }: ItemListProps & { labelledBy?: string }) {
  if (props.items.length === 0) return null
  return (
    <ul className="item-list" aria-labelledby={labelledBy}>
      {props.items.map((item) => (
        <ItemRow
          key={item.id}
          kind={props.kind}
          item={item}
          editing={props.editingId === item.id}
          update={props.update}
          onStartEdit={() => props.onStartEdit(item.id)}
          onEndEdit={props.onEndEdit}
          onToggleArchived={() => props.onToggleArchived(item)}
          onStatus={props.onStatus}
        />
      ))}
    </ul>
  )
}
