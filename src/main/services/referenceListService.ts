import type { FishboneBranch, ReferenceItem, ReferenceListKind } from '../../shared/domain/referenceLists'
import { changeWithAudit, type ServiceContext } from './context'
import { notFound, ServiceError } from './serviceError'

export interface AddItemInput {
  kind: ReferenceListKind
  name: string
  branch?: FishboneBranch
  detail?: string
}

export interface UpdateItemInput {
  kind: ReferenceListKind
  id: number
  name?: string
  branch?: FishboneBranch
  detail?: string
}

const duplicate = () =>
  new ServiceError('CONFLICT', 'An entry with this name already exists', [
    { path: 'name', messageKey: 'validation.duplicate' }
  ])

/** Locations, hazard categories, contributing conditions and the committee roster. */
export function referenceListService(ctx: ServiceContext) {
  const { lists } = ctx.repos

  const assertNameFree = (kind: ReferenceListKind, name: string, exceptId?: number) => {
    const existing = lists.findByName(kind, name)
    if (existing && existing.id !== exceptId) throw duplicate()
  }

  return {
    list: (kind: ReferenceListKind, includeArchived: boolean): ReferenceItem[] => lists.list(kind, includeArchived),

    add(input: AddItemInput): ReferenceItem {
      if (input.kind === 'conditions' && !input.branch) {
        throw new ServiceError('INVALID_INPUT', 'A condition needs a fishbone branch', [
          { path: 'branch', messageKey: 'validation.branchRequired' }
        ])
      }
      return changeWithAudit(ctx, (at) => {
        assertNameFree(input.kind, input.name)
        const item = lists.insert(input.kind, {
          uid: ctx.newUid(),
          name: input.name,
          branch: input.branch ?? null,
          detail: input.detail ?? null,
          at
        })
        return {
          result: item,
          audit: { action: 'lists.add', entity: input.kind, entityId: item.id, entityUid: item.uid, detail: { name: item.name } }
        }
      })
    },

    update(input: UpdateItemInput): ReferenceItem {
      return changeWithAudit(ctx, (at) => {
        const before = lists.get(input.kind, input.id)
        if (!before) throw notFound('That entry')
        if (input.name !== undefined) assertNameFree(input.kind, input.name, input.id)
        const after = lists.update(input.kind, input.id, input, at)
        if (!after) throw notFound('That entry')
        return {
          result: after,
          audit: {
            action: 'lists.update',
            entity: input.kind,
            entityId: after.id,
            entityUid: after.uid,
            detail: { from: pick(before), to: pick(after) }
          }
        }
      })
    },

    setArchived(kind: ReferenceListKind, id: number, archived: boolean): ReferenceItem {
      return changeWithAudit(ctx, (at) => {
        const item = lists.setArchived(kind, id, archived, at)
        if (!item) throw notFound('That entry')
        return {
          result: item,
          audit: { action: archived ? 'lists.archive' : 'lists.restore', entity: kind, entityId: id, entityUid: item.uid, detail: { name: item.name } }
        }
      })
    }
  }
}

const pick = (item: ReferenceItem) => ({ name: item.name, branch: item.branch, detail: item.detail })
