import { cleanup } from '@testing-library/react'
import { afterEach, expect } from 'vitest'
import { missingKeys } from './missingKeys'

// Vitest globals are off, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup()
  Reflect.deleteProperty(window, 'api')
  window.history.replaceState(null, '', '/')
  // Any text a component asked for that the catalog does not have fails the test that showed it.
  expect(missingKeys.splice(0), 'i18n keys missing from the catalog').toEqual([])
})

// jsdom has no layout, so charts (recharts' ResponsiveContainer) need a ResizeObserver stub.
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver
