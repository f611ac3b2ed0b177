import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
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
    expect(await ruleIdsFor("import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n", 'src/shared/sample.ts')).toContain(
      'no-restricted-imports',
    )
    expect(await ruleIdsFor("import path from 'path'\nexport const a = path\n", 'src/shared/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor('export const a = window.location\n', 'src/shared/sample.ts')).toContain('no-restricted-globals')
    expect(await ruleIdsFor('export const a = process.env\n', 'src/shared/sample.ts')).toContain('no-restricted-globals')
  })

  it('still lets the Electron glue import electron and the core import Node', async () => {
    expect(await ruleIdsFor("import { app } from 'electron'\nexport const a = app\n", 'src/main/app/sample.ts')).toEqual([])
    expect(await ruleIdsFor("import { readFileSync } from 'node:fs'\nexport const a = readFileSync\n", 'src/main/core/sample.ts')).toEqual([])
  })
})

describe('the layers of src/main (issue 10)', () => {
  const use = (from: string) => `import { x } from '${from}'\nexport const a = x\n`
  it('forbids the core from importing any layer above it, statically, by re-export or lazily', async () => {
    for (const from of [
      '../../storage/repos/runs',
      '../../providers/create-transport',
      '../../services/runs/run-service',
      '../../ipc/router',
      '../../web/server',
      '../../cli/program',
      '../../app/security',
      '../../export/load-sources',
      '../../compose-services',
    ]) {
      expect(await ruleIdsFor(use(from), 'src/main/core/llm/sample.ts'), from).toContain('no-restricted-imports')
    }
    expect(await ruleIdsFor(use('../../../storage/repos/runs'), 'src/main/core/evaluators/rse/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor("export { createRunsRepo } from '../../storage/repos/runs'\n", 'src/main/core/runs/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor("export const load = () => import('../../../providers/create-transport')\n", 'src/main/core/evaluators/ice/sample.ts')).toContain(
      'no-restricted-syntax',
    )
  })

  it('lets the core import itself and src/shared, even its folders named like a layer', async () => {
    expect(await ruleIdsFor(use('../../llm/llm-client'), 'src/main/core/evaluators/rse/sample.ts')).toEqual([])
    expect(await ruleIdsFor(use('../../../../shared/providers/presets'), 'src/main/core/evaluators/rse/sample.ts')).toEqual([])
    expect(await ruleIdsFor("export const load = () => import('../../files/download')\n", 'src/main/core/evaluators/rse/sample.ts')).toEqual([])
  })

  it('keeps every other layer below the ones that use it', async () => {
    expect(await ruleIdsFor(use('../../services/runs/run-service'), 'src/main/storage/repos/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('../../services/runs/run-service'), 'src/main/export/package/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('../../ipc/router'), 'src/main/services/runs/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('../../compose-services'), 'src/main/ipc/handlers/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('../cli/program'), 'src/main/web/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('../../core/runs/ports'), 'src/main/storage/repos/sample.ts')).toEqual([])
    expect(await ruleIdsFor(use('../../storage/repos/runs'), 'src/main/services/runs/sample.ts')).toEqual([])
  })

  it('still forbids #private members in a layer that has its own syntax rule', async () => {
    expect(await ruleIdsFor('export class A {\n  #x = 1\n  get x() {\n    return this.#x\n  }\n}\n', 'src/main/core/llm/sample.ts')).toContain(
      'no-restricted-syntax',
    )
  })
})

describe('renderer and Electron boundaries', () => {
  it('forbids the renderer from importing src/main or Electron', async () => {
    expect(await ruleIdsFor("import { x } from '../../../../main/core/log'\nexport const a = x\n", 'src/renderer/src/features/runs/sample.ts')).toContain(
      'no-restricted-imports',
    )
    expect(await ruleIdsFor("import { ipcRenderer } from 'electron'\nexport const a = ipcRenderer\n", 'src/renderer/src/sample.ts')).toContain(
      'no-restricted-imports',
    )
    expect(
      await ruleIdsFor(
        "import type { RunStatus } from '../../../../shared/contract/index'\nexport type A = RunStatus\n",
        'src/renderer/src/features/runs/sample.ts',
      ),
    ).toEqual([])
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
    expect(await ruleIdsFor('export class A {\n  #x = 1\n  get x() {\n    return this.#x\n  }\n}\n', 'src/main/storage/sample.ts')).toContain(
      'no-restricted-syntax',
    )
    expect(await ruleIdsFor('export class A {\n  private x = 1\n  get y() {\n    return this.x\n  }\n}\n', 'src/main/storage/sample.ts')).toEqual([])
  })
})

describe('every folder of src/main is placed in a layer and says so', () => {
  const folders = readdirSync('src/main', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  it.each(folders)('src/main/%s has a README saying what it may import, and a lint layer', async (folder) => {
    expect(readFileSync(join('src/main', folder, 'README.md'), 'utf8')).toMatch(/\*\*May import:\*\*/)
    // A folder the layer table forgets could import anything: a planted import from the CLI must fail there.
    if (folder !== 'cli')
      expect(await ruleIdsFor("import { x } from '../cli/program'\nexport const a = x\n", `src/main/${folder}/sample.ts`)).toContain('no-restricted-imports')
  })
})
