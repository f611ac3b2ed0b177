import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** The layering rules are only worth having if they fire: lint small samples as if they lived there. */
const eslint = new ESLint()
async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result?.messages.map((message) => message.ruleId ?? message.message) ?? []
}

describe('import boundaries', () => {
  it('forbids electron in the core and in shared code', async () => {
    expect(await ruleIdsFor("import { app } from 'electron'\nexport const a = app\n", 'src/main/core/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor("import { app } from 'electron'\nexport const a = app\n", 'src/shared/sample.ts')).toContain('no-restricted-imports')
  })

  it('forbids Node modules and DOM globals in shared code', async () => {
    expect(await ruleIdsFor("import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n", 'src/shared/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor("import path from 'path'\nexport const a = path\n", 'src/shared/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor('export const a = window.location\n', 'src/shared/sample.ts')).toContain('no-restricted-globals')
    expect(await ruleIdsFor('export const a = process.env\n', 'src/shared/sample.ts')).toContain('no-restricted-globals')
  })

  it('still lets the Electron glue import electron and the core import Node', async () => {
    expect(await ruleIdsFor("import { app } from 'electron'\nexport const a = app\n", 'src/main/app/sample.ts')).toEqual([])
    expect(await ruleIdsFor("import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n", 'src/main/core/sample.ts')).toEqual([])
  })
})

describe('renderer and Electron boundaries', () => {
  it('forbids the renderer from importing src/main or Electron', async () => {
    expect(await ruleIdsFor("import { x } from '../../../../main/core/log'\nexport const a = x\n", 'src/renderer/src/features/runs/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor("import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n", 'src/renderer/src/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor("import type { RunStatus } from '../../../../shared/contract/index'\nexport type A = RunStatus\n", 'src/renderer/src/features/runs/sample.ts')).toEqual([])
  })

  it('allows shell.openExternal only in app/security.ts', async () => {
    const code = "import { shell } from 'electron'\nexport const open = (url: string) => shell.openExternal(url)\n"
    expect(await ruleIdsFor(code, 'src/main/index.ts')).toContain('no-restricted-properties')
    expect(await ruleIdsFor(code, 'src/main/app/window.ts')).toContain('no-restricted-properties')
    expect(await ruleIdsFor(code, 'src/main/app/security.ts')).toEqual([])
  })

  it('warns about files over 300 lines', async () => {
    const long = Array.from({ length: 301 }, (_, i) => `export const v${i} = ${i}`).join('\n') + '\n'
    expect(await ruleIdsFor(long, 'src/main/core/sample.ts')).toContain('max-lines')
  })
})

describe('code the security scanner can read', () => {
  it('forbids #private class members in main and preload code', async () => {
    expect(await ruleIdsFor('export class A {\n  #x = 1\n  get x() {\n    return this.#x\n  }\n}\n', 'src/main/storage/sample.ts')).toContain('no-restricted-syntax')
    expect(await ruleIdsFor('export class A {\n  private x = 1\n  get y() {\n    return this.x\n  }\n}\n', 'src/main/storage/sample.ts')).toEqual([])
  })
})
