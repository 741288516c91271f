import { cleanup, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PRINT_READY_ATTRIBUTE, type WorksheetPayload } from '../../src/shared/documents/printDocuments'
import { createFakeApi } from './fakeApi'
import { renderApp } from './renderApp'
import { createWorksheetWorld, isoInDays, type WorksheetWorld } from './worksheetTestKit'

let world: WorksheetWorld | undefined

afterEach(() => {
  cleanup()
  world?.backend.close()
  world = undefined
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE)
})

/** A fetch that serves one token's payload once, as the hosts do. */
function serve(token: string, payload: unknown) {
  let served = false
  const fetchMock = vi.fn(async (url: string) => {
    if (url !== `print-data/${token}.json` || served) return new Response('Not found', { status: 404 })
    served = true
    return new Response(JSON.stringify(payload), { headers: { 'content-type': 'application/json' } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

const ready = () => waitFor(() => expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).not.toBeNull())

/** A worksheet as main would send it: built on the real backend, then printed. */
async function payload(): Promise<WorksheetPayload> {
  world = await createWorksheetWorld()
  const w = world
  const sheet = await w.call('worksheets:create', { title: 'Heavy boxes on high shelves', reportIds: w.reportIds })
  await w.call('worksheets:update', {
    id: sheet.id,
    problemStatement: 'Boxes fall from the copy room top shelf.',
    whys: [{ answer: 'Heavy boxes are kept up high' }, { answer: 'Nobody plans the storage' }]
  })
  const withCause = await w.call('worksheets:addCause', { worksheetId: sheet.id, branch: 'environment', text: '<img src=x onerror=alert(1)> top shelf', isRootCause: true, statement: 'Stock is lifted above head height.' })
  await w.call('worksheets:addCause', { worksheetId: sheet.id, branch: 'training', text: 'New aides not shown the storage plan' })
  await w.call('actions:create', {
    worksheetId: sheet.id,
    causeId: withCause.causes[0]!.id,
    description: 'Fit a lower shelf unit',
    controlType: 'engineering',
    ownerMemberId: w.memberId,
    dueOn: isoInDays(10),
    successMeasure: 'Nothing heavy above shoulder height'
  })
  const worksheet = await w.call('worksheets:get', { id: sheet.id })
  return { schoolName: 'Lincoln Middle School', committeeName: 'Safety Committee', printedAt: '2026-03-05T15:00:00.000Z', worksheet }
}

describe('print view: root-cause worksheet', () => {
  it('renders the worksheet from its one-time data as text, then tells the host it is ready', async () => {
    const data = await payload()
    const fetchMock = serve('ws-1', data)
    const fake = createFakeApi()
    renderApp({ hash: '#/print/worksheet?data=ws-1', fake })

    const heading = await screen.findByRole('heading', { level: 1, name: 'Heavy boxes on high shelves' })
    await ready()
    expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('true')
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(fake.calls).toEqual([])
    expect(screen.queryByRole('navigation')).toBeNull()

    const doc = heading.closest('article') as HTMLElement
    const text = doc.textContent ?? ''
    const order = [
      'Root-cause worksheet',
      'Lincoln Middle School',
      'Status: Draft',
      'Printed March 5, 2026',
      'Reports covered',
      'A box of paper slid off the top shelf',
      'Problem statement',
      'Boxes fall from the copy room top shelf.',
      '5 Whys',
      'Why 1: What made this possible? Heavy boxes are kept up high',
      'Why 2: Why was that possible? Nobody plans the storage',
      'Root causes',
      'Stock is lifted above head height.',
      'Corrective actions',
      'Fit a lower shelf unit',
      'Reviewed by the committee',
      'Principal / administrator'
    ]
    const positions = order.map((part) => text.indexOf(part))
    expect(positions.map((position, index) => (position < 0 ? order[index] : 'found'))).toEqual(order.map(() => 'found'))
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)

    // The actions table: every column the committee signs off on.
    const row = within(doc)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Fit a lower shelf unit'))!
    expect(row.textContent).toMatch(/Fit a lower shelf unit.*top shelf.*Engineering.*Stronger.*Pat Custodian.*Nothing heavy above shoulder height.*Planned/)

    // Markup in a cause is printed as the text it is, in the fishbone and the root-cause list.
    expect(within(doc).getAllByText(/<img src=x onerror=alert\(1\)> top shelf/).length).toBeGreaterThan(0)
    expect(doc.querySelector('img')).toBeNull()
    const diagram = within(doc).getByRole('img', { name: /Fishbone diagram/ })
    expect(diagram.querySelector('.fishbone__cause--root')?.textContent).toContain('ROOT')
    expect(document.title).toBe('Root-cause worksheet — Heavy boxes on high shelves')
  })

  it('says "error" for data of the wrong shape instead of printing half a worksheet', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    serve('ws-2', { schoolName: 'Lincoln', committeeName: '', printedAt: '2026-03-05T15:00:00.000Z', worksheet: { title: 'No more than this' } })
    renderApp({ hash: '#/print/worksheet?data=ws-2', fake: createFakeApi() })
    await ready()
    expect(document.documentElement.getAttribute(PRINT_READY_ATTRIBUTE)).toBe('error')
    expect(screen.queryByRole('heading', { name: 'No more than this' })).toBeNull()
    expect(String(logged.mock.calls[0]?.[0])).toContain('unexpected shape')
  })
})
