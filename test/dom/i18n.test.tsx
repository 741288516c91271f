import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { formatDate, formatNumber, parseLocalDate } from '../../src/renderer/src/i18n/format'
import { createI18n } from '../../src/renderer/src/i18n'
import { ROUTES } from '../../src/renderer/src/router/routes'
import { contract } from '../../src/shared/ipc/contract'
import { createFakeApi } from './fakeApi'
import { missingKeys } from './missingKeys'
import { renderApp } from './renderApp'

describe('message catalog', () => {
  it('reports a key the catalog lacks (the guard every other test relies on)', () => {
    const seen: string[] = []
    const i18n = createI18n({ onMissingKey: (key) => seen.push(key) })
    const untyped = i18n.t as unknown as (key: string) => string
    untyped('lists.noSuchKey')
    expect(seen).toEqual(['lists.noSuchKey'])
  })

  it('has every text each page asks for', async () => {
    const fake = createFakeApi({
      settings: { schoolName: 'Lincoln Middle School' },
      lists: {
        conditions: [{ name: 'Poor lighting', branch: 'environment' }],
        members: [{ name: 'Pat Lee', detail: 'School nurse', archived: true }]
      }
    })
    for (const route of ROUTES) {
      const { unmount } = renderApp({ hash: `#/${route}`, fake })
      await screen.findAllByRole('heading', { level: 1 })
      if (route === 'settings') await screen.findByText('Poor lighting')
      unmount()
    }
    expect([...missingKeys]).toEqual([])
  })

  it('has a message for every validation key the IPC schemas produce', () => {
    const i18n = createI18n()
    const invalidInputs: Array<[keyof typeof contract, unknown]> = [
      ['lists:add', { kind: 'locations', name: '' }],
      ['lists:add', { kind: 'locations', name: 'x'.repeat(500) }],
      ['lists:add', { kind: 'nope', name: 'Gym' }],
      ['lists:add', { kind: 'conditions', name: 'Wet floor', branch: 'weather' }],
      ['lists:update', { kind: 'locations', id: -1 }],
      ['settings:update', { minutesRetentionYears: 0 }],
      ['settings:update', { committeeName: ' ' }],
      ['settings:update', { locale: 'xx' }]
    ]
    const keys = invalidInputs.flatMap(([channel, input]) => {
      const result = contract[channel].input.safeParse(input)
      return result.success ? ['(accepted)'] : result.error.issues.map((issue) => issue.message)
    })
    expect(keys.length).toBeGreaterThanOrEqual(invalidInputs.length)
    expect(keys.filter((key) => !i18n.exists(key))).toEqual([])
  })
})

describe('locale formatting', () => {
  it('formats numbers and dates for the interface language', () => {
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5')
    expect(formatNumber(1234.5, 'de')).toBe('1.234,5')
    expect(formatDate('2026-03-14', 'en')).toBe('Mar 14, 2026')
  })

  it('reads a stored date as that calendar day, not UTC midnight', () => {
    const date = parseLocalDate('2026-03-14')
    expect([date.getFullYear(), date.getMonth(), date.getDate()]).toEqual([2026, 2, 14])
  })
})
