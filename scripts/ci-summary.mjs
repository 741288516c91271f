// @ts-check
/**
 * `node scripts/ci-summary.mjs [artifacts/vitest.json] [--failed-step NAME]... [--test-exit-code N]`
 *
 * Turns vitest's JSON report (plus any CI steps that failed) into a list of what failed and,
 * as the very last line, `N passed, N failed` — the only line CI reads. Stricter than vitest:
 *  - a skipped or todo test is a failure (no test may be switched off quietly; a failing
 *    beforeAll also shows up here as skipped tests);
 *  - a test file that failed to load, or failed outside its tests, counts as one failure;
 *  - each failed CI step (typecheck, lint, build...) counts as one failure;
 *  - a missing report, or a non-zero test exit with no failure in the report, counts as one.
 * Exits 1 when anything failed.
 */
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'failed-step': { type: 'string', multiple: true, default: [] },
    'test-exit-code': { type: 'string' }
  }
})

/** @type {string[]} */
const failures = values['failed-step'].map((step) => `step failed: ${step}`)
let passed = 0
let failed = failures.length

const print = (/** @type {string} */ line) => process.stdout.write(`${line}\n`)

const firstLine = (/** @type {string | undefined} */ text) => (text ?? '').trim().split('\n')[0] ?? ''

const reportPath = positionals[0]
if (reportPath !== undefined) {
  const report = readReport(reportPath)
  if (!report) {
    failures.push(`tests: no readable report at ${reportPath} (pretest failed or vitest crashed; see the log above)`)
    failed += 1
  } else {
    passed = report.numPassedTests ?? 0
    const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0)
    failed += (report.numFailedTests ?? 0) + skipped

    for (const file of report.testResults ?? []) {
      const fileName = relative(process.cwd(), file.name)
      const tests = file.assertionResults ?? []
      for (const test of tests) {
        const name = `${fileName} > ${test.fullName}`
        if (test.status === 'failed') failures.push(`FAILED  ${name}\n        ${firstLine(test.failureMessages?.[0])}`)
        else if (test.status !== 'passed') failures.push(`${test.status.toUpperCase()} (not allowed)  ${name}`)
      }
      const explained = tests.some((test) => test.status !== 'passed')
      if (file.status === 'failed' && !explained) {
        const why = firstLine(file.message) || 'failed outside its tests (hook or unhandled error; see the log above)'
        failures.push(`FAILED FILE  ${fileName}\n        ${why}`)
        failed += 1
      }
    }
    if (passed + failed === 0) {
      failures.push('tests: the report contains no tests at all')
      failed += 1
    }
  }
}

const testExitCode = Number(values['test-exit-code'] ?? 0)
if (testExitCode !== 0 && failed === values['failed-step'].length) {
  failures.push(`tests: npm test exited with code ${testExitCode} but no test failed in the report (see the log above)`)
  failed += 1
}

if (failures.length > 0) {
  print('\nWhat failed:')
  for (const failure of failures) print(`  ${failure}`)
  print('')
}
print(`${passed} passed, ${failed} failed`)
process.exitCode = failed > 0 ? 1 : 0

/**
 * @param {string} path
 * @returns {{ numPassedTests?: number, numFailedTests?: number, numPendingTests?: number,
 *   numTodoTests?: number, testResults?: Array<{ name: string, status: string, message?: string,
 *   assertionResults?: Array<{ fullName: string, status: string, failureMessages?: string[] }> }> } | null}
 */
function readReport(path) {
  if (!existsSync(path)) return null
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return null
  }
}
