import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { documentService } from '../../../src/main/services/documents/documentService'
import type { DocumentHost } from '../../../src/main/services/documents/host'
import { seedDefaultsOnce } from '../../../src/main/services/seedDefaults'
import { ServiceError } from '../../../src/main/services/serviceError'
import { openTestDatabase, tempDir, type TestDb } from '../../support/testDatabase'

let t: TestDb
let out: ReturnType<typeof tempDir>
beforeEach(() => {
  t = openTestDatabase()
  out = tempDir()
  seedDefaultsOnce(t.ctx)
})
afterEach(() => {
  t.close()
  out.cleanup()
})

function fakeHost(savePath: string | null) {
  const printed: Array<{ kind: string; payload: unknown }> = []
  const host: DocumentHost = {
    printToPdf: async (kind, payload) => {
      printed.push({ kind, payload })
      return new TextEncoder().encode('%PDF-1.7 fake')
    },
    chooseSavePath: async () => savePath
  }
  return { host, printed }
}

describe('documentService.exportPdf', () => {
  it('prints the blank intake form with the live lists and writes it where the person chose', async () => {
    const target = join(out.dir, 'form.pdf')
    const { host, printed } = fakeHost(target)
    const result = await documentService(t.ctx, host).exportPdf('intakeForm')
    expect(result).toEqual({ saved: true, path: target, bytes: 13 })
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake')
    expect(printed[0]!.kind).toBe('intakeForm')
    const payload = printed[0]!.payload as { locations: string[]; conditionsByBranch: Array<{ branch: string }> }
    expect(payload.locations).toContain('CTE shop')
    expect(payload.conditionsByBranch.map((g) => g.branch)).toEqual(['environment', 'equipment', 'procedures', 'training', 'supervision', 'organization'])
  })

  it('saves nothing when the person cancels', async () => {
    const { host } = fakeHost(null)
    expect(await documentService(t.ctx, host).exportPdf('intakeForm')).toEqual({ saved: false, path: null, bytes: 0 })
  })

  it('gives IO_ERROR with a plain reason when the folder does not exist', async () => {
    const { host } = fakeHost(join(out.dir, 'no-such-folder', 'form.pdf'))
    const error = await documentService(t.ctx, host).exportPdf('intakeForm').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ServiceError)
    expect((error as ServiceError).code).toBe('IO_ERROR')
    expect((error as ServiceError).details?.[0]?.messageKey).toBe('errors.file.noFolder')
  })
})
