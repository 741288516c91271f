/**
 * `npm run bench [-- --reports N]`: how the register's queries scale with the number of reports.
 *
 * Builds a temporary database with the real backend (`startBackend`), files the first 1,000
 * reports through the report service and the rest in bulk through the repositories (one
 * transaction per 5,000 either way; see `fileInBulk` for why), triages and moves most of them
 * on, then times `reports:list` (and the detail page's `reports:get` / `reports:similar`)
 * through the backend's own dispatcher: zod parsing, service, SQL, exactly what the IPC handler
 * runs. Each query runs 20 times after 2 warm-ups; the table gives the median and p95 at 1,000
 * reports and at the full size, and their ratio. Figures only, no pass/fail: hardware varies.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { startBackend, type Backend } from '../src/main/backend'
import { openDatabase } from '../src/main/db/openDatabase'
import { createServiceContext } from '../src/main/services/context'
import { formatRefCode, refCodePrefix } from '../src/main/services/reports/refCode'
import { reportService } from '../src/main/services/reports/reportService'
import type { ReportStatus } from '../src/shared/domain/reportStatus'
import { riskLevel, type Likelihood, type Severity } from '../src/shared/domain/risk'
import type { ChannelInput } from '../src/shared/ipc/contract'

const RUNS = 20
const WARM_UPS = 2
const BATCH = 5_000
const SMALL = 1_000

const { values: args } = parseArgs({ options: { reports: { type: 'string', default: '100000' } } })
const TOTAL = Number(args.reports)
if (!Number.isInteger(TOTAL) || TOTAL < SMALL) throw new Error(`--reports must be a whole number of at least ${SMALL}`)

/** Deterministic pseudo-random numbers (mulberry32), so every run files the same reports. */
function randomSource(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! }
}

const THINGS = ['cart', 'ladder', 'extension cord', 'bleach bottle', 'projector', 'bookcase', 'kiln', 'bandsaw', 'fire door', 'bus', 'lunch tray', 'soccer goal', 'backpack', 'chair', 'hot plate', 'scissors', 'ice patch', 'gate', 'tablet charger', 'bench']
const EVENTS = ['tipped over', 'nearly fell on a student', 'was left blocking the exit', 'slid off the top shelf', 'sparked when plugged in', 'was propped open', 'rolled down the ramp', 'was left unattended during passing period', 'caught a sleeve', 'leaked onto the floor']
const SAVES = ['a teacher caught it', 'the student stepped back in time', 'the custodian was nearby', 'it landed on the carpet', 'the bell had not rung yet', 'nobody was standing there']
const PLACES_DETAIL = ['by the east stairs', 'near room 214', 'behind the stage', 'at the loading dock', 'next to the sink', 'by the bleachers']

interface Lists {
  locations: number[]
  categories: number[]
  conditions: number[]
}

const isoDay = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10)

/** One made-up report, the same for the same `n` on every run. */
function makeReport(random: ReturnType<typeof randomSource>, lists: Lists, n: number) {
  const thing = random.pick(THINGS)
  const input = {
    occurredOn: isoDay(1 + random.int(5 * 365)),
    locationId: random.pick(lists.locations),
    locationDetails: random.next() < 0.5 ? random.pick(PLACES_DETAIL) : null,
    categoryId: random.next() < 0.9 ? random.pick(lists.categories) : null,
    whatHappened: `A ${thing} ${random.pick(EVENTS)}; ${random.pick(SAVES)}. Report ${n}.`,
    whatCouldHaveHappened: random.next() < 0.6 ? `Someone could have been hurt by the ${thing}.` : null,
    conditionIds: [...new Set([random.pick(lists.conditions), random.pick(lists.conditions)])].slice(0, 1 + random.int(2)),
    involvedStudents: random.int(4)
  }
  // Most reports get triaged and move on; a fifth stay new.
  const triaged = random.next() < 0.8
  const severity = (1 + random.int(5)) as Severity
  const likelihood = (1 + random.int(5)) as Likelihood
  const roll = random.next()
  const status: ReportStatus = !triaged ? 'new' : roll < 0.3 ? 'investigating' : roll < 0.51 ? 'closed' : 'triaged'
  return { input, triage: triaged ? { severity, likelihood, decision: severity >= 4 ? ('investigate' as const) : ('reviewAtMeeting' as const) } : null, status }
}

/**
 * Files reports `from`..`to` (1-based) through the report service, BATCH per transaction:
 * create, triage, status change, each with its audit row, as the app does them one by one.
 */
function fileThroughService(databaseFile: string, migrationsFolder: string, lists: Lists, from: number, to: number): number {
  const db = openDatabase(databaseFile, { migrationsFolder })
  const reports = reportService(createServiceContext(db))
  const random = randomSource(from)
  const started = performance.now()
  try {
    for (let start = from; start <= to; start += BATCH) {
      db.transaction(() => {
        for (let n = start; n <= Math.min(to, start + BATCH - 1); n += 1) {
          const report = makeReport(random, lists, n)
          const { id } = reports.create(report.input)
          if (report.triage) reports.triage({ id, ...report.triage })
          if (report.status === 'investigating' || report.status === 'closed') {
            reports.setStatus({ id, status: report.status, closureNote: 'Fixed and checked.', feedbackToStaff: 'You said it, we fixed it.' })
          }
        }
      })
    }
  } finally {
    db.close()
  }
  return performance.now() - started
}

/**
 * The same reports and audit rows written through the repositories, BATCH per transaction.
 * The service works out each receipt code and re-reads the whole report after every change,
 * with two queries that scan the table (see the note printed with the results), so filing
 * 100,000 one by one takes hours; a bulk import numbers the codes itself instead.
 */
function fileInBulk(databaseFile: string, migrationsFolder: string, lists: Lists, from: number, to: number): number {
  const db = openDatabase(databaseFile, { migrationsFolder })
  const ctx = createServiceContext(db)
  const { reports, audit } = ctx.repos
  const random = randomSource(from)
  const year = new Date().getFullYear()
  const started = performance.now()
  try {
    let sequence = reports.maxRefSequence(refCodePrefix(year))
    for (let start = from; start <= to; start += BATCH) {
      db.transaction(() => {
        for (let n = start; n <= Math.min(to, start + BATCH - 1); n += 1) {
          const report = makeReport(random, lists, n)
          const at = new Date().toISOString()
          const refCode = formatRefCode(year, ++sequence)
          const { conditionIds, ...fields } = report.input
          const level = report.triage ? riskLevel(report.triage.severity, report.triage.likelihood) : null
          const row = reports.insert({
            ...fields,
            uid: ctx.newUid(),
            refCode,
            severity: report.triage?.severity ?? null,
            likelihood: report.triage?.likelihood ?? null,
            riskLevel: level,
            triageDecision: report.triage?.decision ?? null,
            status: report.status,
            closureNote: report.status === 'closed' ? 'Fixed and checked.' : null,
            feedbackToStaff: report.status === 'closed' ? 'You said it, we fixed it.' : null,
            createdAt: at,
            updatedAt: at
          })
          reports.setConditions(row.id, conditionIds)
          const entry = { entity: 'reports', entityId: row.id, entityUid: row.uid, at }
          audit.append({ ...entry, action: 'reports.create', detail: { refCode } })
          if (report.triage) audit.append({ ...entry, action: 'reports.triage', detail: { ...report.triage, riskLevel: level } })
          if (report.status !== 'new' && report.status !== 'triaged') {
            audit.append({ ...entry, action: 'reports.status', detail: { status: { from: 'triaged', to: report.status } } })
          }
        }
      })
      const done = Math.min(to, start + BATCH - 1)
      if (done % 20_000 === 0 || done === to) console.error(`  ${done.toLocaleString('en-US')} reports`)
    }
  } finally {
    db.close()
  }
  return performance.now() - started
}

type ListQuery = ChannelInput<'reports:list'>

interface Case {
  name: string
  run: (backend: Backend, size: number) => Promise<unknown>
}

const list = (name: string, query: (lists: Lists, size: number) => ListQuery): ((lists: Lists) => Case) => (lists) => ({
  name,
  run: async (backend, size) => {
    const result = await backend.dispatch('reports:list', query(lists, size))
    if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`)
    return result.data
  }
})

const page = { offset: 0, limit: 50 } as const

const CASES: Array<(lists: Lists) => Case> = [
  list('first page, no filter', () => ({ ...page })),
  list('status = new', () => ({ ...page, statuses: ['new'] })),
  list('risk = high or critical', () => ({ ...page, riskLevels: ['high', 'critical'] })),
  list('risk = not triaged', () => ({ ...page, riskLevels: ['untriaged'] })),
  list('dates: one month', () => ({ ...page, from: isoDay(400), to: isoDay(370) })),
  list('place', (l) => ({ ...page, locationId: l.locations[3]! })),
  list('hazard category', (l) => ({ ...page, categoryId: l.categories[2]! })),
  list('condition', (l) => ({ ...page, conditionId: l.conditions[4]! })),
  list('text "ladder" (FTS)', () => ({ ...page, text: 'ladder' })),
  list('text "spark" prefix (FTS)', () => ({ ...page, text: 'spark' })),
  list('text, 2 words (FTS)', () => ({ ...page, text: 'fire door' })),
  list('sorted by risk', () => ({ ...page, sort: 'riskLevel' })),
  list('sorted by place', () => ({ ...page, sort: 'location', direction: 'asc' })),
  list('risk high + place + text', (l) => ({ ...page, riskLevels: ['high'], locationId: l.locations[3]!, text: 'cart' })),
  list('last page', (_l, size) => ({ offset: Math.floor((size - 1) / 50) * 50, limit: 50 })),
  () => ({
    name: 'reports:get (detail page)',
    run: (backend, size) => backend.dispatch('reports:get', { id: Math.max(1, Math.floor(size / 2)) })
  }),
  () => ({
    name: 'reports:similar (detail page)',
    run: (backend, size) => backend.dispatch('reports:similar', { id: Math.max(1, Math.floor(size / 2)) })
  })
]

interface Timing {
  median: number
  p95: number
}

async function time(run: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < WARM_UPS; i += 1) await run()
  const samples: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    await run()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!
  return { median: at(0.5), p95: at(0.95) }
}

async function timeAll(backend: Backend, lists: Lists, size: number): Promise<Map<string, Timing>> {
  const results = new Map<string, Timing>()
  for (const make of CASES) {
    const c = make(lists)
    results.set(c.name, await time(() => c.run(backend, size)))
  }
  return results
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1))

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'close-call-bench-'))
  const migrationsFolder = resolve(__dirname, '../src/main/db/migrations')
  const backend = startBackend({ dataDir, migrationsFolder, runtime: 'test', version: 'bench' })
  try {
    const ids = async (kind: 'locations' | 'categories' | 'conditions') => {
      const result = await backend.dispatch('lists:list', { kind })
      if (!result.ok) throw new Error('lists:list failed')
      return (result.data as Array<{ id: number }>).map((item) => item.id)
    }
    const lists: Lists = { locations: await ids('locations'), categories: await ids('categories'), conditions: await ids('conditions') }

    console.error(`Filing ${SMALL.toLocaleString('en-US')} reports through the service…`)
    const smallMs = fileThroughService(backend.databaseFile, migrationsFolder, lists, 1, SMALL)
    const small = await timeAll(backend, lists, SMALL)

    console.error(`Filing ${(TOTAL - SMALL).toLocaleString('en-US')} more in bulk…`)
    const bulkMs = fileInBulk(backend.databaseFile, migrationsFolder, lists, SMALL + 1, TOTAL)
    const large = await timeAll(backend, lists, TOTAL)

    // What filing costs once the register is large: the Save button on the intake form.
    const SAMPLE = 200
    const sampleMs = fileThroughService(backend.databaseFile, migrationsFolder, lists, TOTAL + 1, TOTAL + SAMPLE)

    const rate = (count: number, took: number) => Math.round(count / (took / 1000)).toLocaleString('en-US')
    const perReport = (count: number, took: number) => (took / count).toFixed(1)
    console.log(`\nClose Call register benchmark — Node ${process.version}, ${RUNS} runs after ${WARM_UPS} warm-ups, times in ms`)
    console.log(`Filing (create, then triage for 80%, then a status change for half of those), ${BATCH.toLocaleString('en-US')} per transaction:`)
    console.log(`  service, reports 1–${SMALL.toLocaleString('en-US')}: ${(smallMs / 1000).toFixed(1)} s, ${rate(SMALL, smallMs)} reports/s (${perReport(SMALL, smallMs)} ms each)`)
    console.log(`  bulk (repositories), the next ${(TOTAL - SMALL).toLocaleString('en-US')}: ${(bulkMs / 1000).toFixed(1)} s, ${rate(TOTAL - SMALL, bulkMs)} reports/s`)
    console.log(`  service, ${SAMPLE} more at ${TOTAL.toLocaleString('en-US')}: ${(sampleMs / 1000).toFixed(1)} s, ${rate(SAMPLE, sampleMs)} reports/s (${perReport(SAMPLE, sampleMs)} ms each)\n`)

    const big = TOTAL.toLocaleString('en-US')
    const header = ['query', `${SMALL.toLocaleString('en-US')} median`, `${SMALL.toLocaleString('en-US')} p95`, `${big} median`, `${big} p95`, 'ratio (median)']
    const rows = [...large.keys()].map((name) => {
      const a = small.get(name)!
      const b = large.get(name)!
      return [name, ms(a.median), ms(a.p95), ms(b.median), ms(b.p95), `×${(b.median / a.median).toFixed(1)}`]
    })
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`
    console.log(line(header))
    console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`)
    for (const row of rows) console.log(line(row))
  } finally {
    backend.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
