/**
 * Every IPC channel, as a plain list with no dependencies so the sandboxed preload can build
 * its api object from it without bundling zod. `contract.ts` must describe each one (checked
 * by `satisfies`), and main's handler map must implement each one (checked the same way).
 */
export const CHANNELS = [
  'app:info',
  'settings:get',
  'settings:update',
  'lists:list',
  'lists:add',
  'lists:update',
  'lists:setArchived',
  'reports:create',
  'reports:get',
  'reports:update',
  'reports:list',
  'reports:triage',
  'reports:setStatus',
  'reports:similar',
  'reports:linkSameEvent',
  'drafts:get',
  'drafts:save',
  'drafts:clear',
  'documents:exportPdf',
  'worksheets:list',
  'worksheets:create',
  'worksheets:get',
  'worksheets:update',
  'worksheets:addCause',
  'worksheets:updateCause',
  'worksheets:removeCause',
  'worksheets:setStatus',
  'actions:list',
  'actions:create',
  'actions:update',
  'actions:setStatus',
  'actions:recordCheck',
  'meetings:list',
  'meetings:create',
  'meetings:get',
  'meetings:update',
  'meetings:setAttendance',
  'meetings:buildAgenda',
  'meetings:addItem',
  'meetings:updateItem',
  'meetings:removeItem',
  'meetings:moveItems',
  'meetings:markHeld',
  'meetings:approveMinutes',
  'meetings:addAmendment',
  'meetings:recordPosting'
] as const

export type Channel = (typeof CHANNELS)[number]

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
