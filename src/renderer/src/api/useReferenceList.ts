import { useCallback, useEffect, useRef, useState } from 'react'
import type { ReferenceItem, ReferenceListKind } from '../../../shared/domain/referenceLists'
import type { ChannelInput } from '../../../shared/ipc/contract'
import { callApi, type UiError, type UiResult } from './client'

export type ListState =
  | { status: 'loading' }
  | { status: 'error'; error: UiError }
  | { status: 'ready'; items: ReferenceItem[] }

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
  const [state, setState] = useState<ListState>({ status: 'loading' })
  // Only the newest request may write state: toggling "Show archived" quickly must not let an
  // older, slower answer overwrite a newer one.
  const latestRequest = useRef(0)

  const refresh = useCallback(async () => {
    const request = ++latestRequest.current
    const result = await callApi('lists:list', { kind, includeArchived })
    if (request !== latestRequest.current) return
    setState(result.ok ? { status: 'ready', items: result.data } : { status: 'error', error: result.error })
  }, [kind, includeArchived])

  useEffect(() => {
    void refresh()
  }, [refresh])

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
