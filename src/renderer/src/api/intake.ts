import type { ChannelInput, ChannelOutput } from '../../../shared/ipc/contract'
import { callApi, type UiResult } from './client'

/**
 * The intake form's calls: file a report, and keep its unsaved text as a draft in main (so a
 * crash or a closed window loses nothing). Plain functions rather than a hook: the form decides
 * when to call them (debounced autosave, page hide, submit).
 */
export type ReportCreateInput = ChannelInput<'reports:create'>
export type CreatedReport = ChannelOutput<'reports:create'>

export const createReport = (input: ReportCreateInput): Promise<UiResult<CreatedReport>> =>
  callApi('reports:create', input)

const DRAFT_KEY = 'reportIntake'

export const getIntakeDraft = (): Promise<UiResult<Record<string, unknown> | null>> =>
  callApi('drafts:get', { key: DRAFT_KEY })

export const saveIntakeDraft = (value: Record<string, unknown>): Promise<UiResult<null>> =>
  callApi('drafts:save', { key: DRAFT_KEY, value })

export const clearIntakeDraft = (): Promise<UiResult<null>> => callApi('drafts:clear', { key: DRAFT_KEY })
