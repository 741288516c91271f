import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The layer arrows of ARCHITECTURE.md are enforced by eslint.config.mjs; prove each one bites. */
const eslint = new ESLint({ cwd: process.cwd() })

async function restrictedImportMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

describe('layering lint rules', () => {
  it('stops the renderer importing main code or electron', async () => {
    expect(await restrictedImportMessages('src/renderer/src/Bad.tsx', "import { openDatabase } from '../../main/db/openDatabase'\nexport const x = openDatabase\n")).toHaveLength(1)
    expect(await restrictedImportMessages('src/renderer/src/Bad.tsx', "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n")).toHaveLength(1)
  })

  it('lets only main/app and the preload import electron', async () => {
    const code = "import { app } from 'electron'\nexport const x = app\n"
    expect(await restrictedImportMessages('src/main/services/bad.ts', code)).toHaveLength(1)
    expect(await restrictedImportMessages('src/main/db/bad.ts', code)).toHaveLength(1)
    expect(await restrictedImportMessages('src/shared/bad.ts', code)).toHaveLength(1)
    expect(await restrictedImportMessages('src/main/app/ok.ts', code)).toEqual([])
    expect(await restrictedImportMessages('src/preload/ok.ts', code)).toEqual([])
  })

  it('keeps SQL and drizzle inside main/db', async () => {
    const code = "import { eq } from 'drizzle-orm'\nimport Database from 'better-sqlite3'\nexport const x = [eq, Database]\n"
    expect(await restrictedImportMessages('src/main/services/bad.ts', code)).toHaveLength(2)
    expect(await restrictedImportMessages('src/main/ipc/bad.ts', code)).toHaveLength(2)
    expect(await restrictedImportMessages('src/main/db/repositories/ok.ts', code)).toEqual([])
  })

  it('keeps src/shared free of other layers and of Node', async () => {
    expect(await restrictedImportMessages('src/shared/bad.ts', "import { x } from '../main/backend'\nexport const y = x\n")).toHaveLength(1)
    expect(await restrictedImportMessages('src/shared/bad.ts', "import { readFileSync } from 'node:fs'\nexport const y = readFileSync\n")).toHaveLength(1)
  })
})
