import { describe, expect, it } from 'vitest'
import type { HandlerMap } from '../../../src/main/ipc/handlers'

/**
 * Compile-time guarantees, checked by `npm run typecheck` (tsc covers test/node): if HandlerMap
 * ever stopped requiring every channel, the `@ts-expect-error` lines would become errors.
 */
describe('HandlerMap type', () => {
  it('rejects a map that lacks a channel', () => {
    const incomplete = { 'app:info': () => ({}) }
    // @ts-expect-error a handler map missing channels must not type-check
    const map: HandlerMap = incomplete
    expect(Object.keys(map)).toEqual(['app:info'])
  })

  it('rejects a handler that returns the wrong shape', () => {
    const wrong = { 'settings:get': () => 42 }
    // @ts-expect-error settings:get must return settings
    const handler: HandlerMap['settings:get'] = wrong['settings:get']
    expect(typeof handler).toBe('function')
  })
})
