import { useCallback } from 'react'
import type { ReferenceItem, ReferenceListKind } from '../../../shared/domain/referenceLists'
import type { ChannelInput } from '../../../shared/ipc/contract'
import { callApi, type UiResult } from './client'
import { useLatestLoad, type LoadingOrFailed } from './useLatestLoad'

export type ListState = LoadingOrFailed | { status: 'ready'; items: ReferenceItem[] }

const readyList = (items: ReferenceItem[]) => ({ status: 'ready', items }) as const

type AddInput = Omit<ChannelInput<'lists:add'>, 'kind'>
type UpdateInput = Omit<ChannelInput<'lists:update'>, 'kind'>

export interface ReferenceList {
  state: ListState
  add: (input: AddInput) => Promise<UiResult<ReferenceItem>>
  update: (input: UpdateInput) => Promise<UiResult<ReferenceItem>>
  setArchived: (id: number, archived: boolean) => Promise<UiResult<ReferenceItem>>
}

/**
 * One reference list (locations, categories, conditions or members). Every change re-reads the
 * list from main, so the screen always shows what is stored (order, trimming) and not a guess.
 */
export function useReferenceList(kind: ReferenceListKind, includeArchived: boolean): ReferenceList {
  // Only the newest request may write state: toggling "Show archived" quickly must not let an
  // older, slower answer overwrite a newer one.
  const load = useCallback(() => callApi('lists:list', { kind, includeArchived }), [kind, includeArchived])
  const { state, reload: refresh } = useLatestLoad(load, readyList, { resetOnChange: false })

  const afterChange = useCallback(
    async <T>(result: UiResult<T>) => {
      if (result.ok) await refresh()
      return result
    },
    [refresh]
  )

  const add = useCallback(
    async (input: AddInput) => afterChange(await callApi('lists:add', { ...input, kind })),
    [afterChange, kind]
  )
  const update = useCallback(
    async (input: UpdateInput) => afterChange(await callApi('lists:update', { ...input, kind })),
    [afterChange, kind]
  )
  const setArchived = useCallback(
    async (id: number, archived: boolean) => afterChange(await callApi('lists:setArchived', { kind, id, archived })),
    [afterChange, kind]
  )

  return { state, add, update, setArchived }
}
