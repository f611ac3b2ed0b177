import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** Features stay apart only if the rule fires: lint small samples as if they lived there. */
const eslint = new ESLint()
async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result?.messages.map((message) => message.ruleId ?? message.message) ?? []
}

const use = (specifier: string) => `import { x } from '${specifier}'\nexport const a = x\n`

describe('renderer features stay apart', () => {
  it('forbids a feature from importing a sibling feature', async () => {
    expect(await ruleIdsFor(use('../runs/paths'), 'src/renderer/src/features/compare/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('../models/FormStack'), 'src/renderer/src/features/ice-library/sample.tsx')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('../../runs/ice/ice-labels'), 'src/renderer/src/features/results/ice/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('../../features/runs/paths'), 'src/renderer/src/features/compare/sample.ts')).toContain('no-restricted-imports')
  })

  it('lets a feature import components/, lib/, shared code and its own files', async () => {
    expect(await ruleIdsFor(use('../../components/FormStack'), 'src/renderer/src/features/ice-library/sample.tsx')).toEqual([])
    expect(await ruleIdsFor(use('../../lib/format'), 'src/renderer/src/features/runs/sample.ts')).toEqual([])
    expect(await ruleIdsFor(use('../../lib/data/useRuns'), 'src/renderer/src/features/compare/sample.ts')).toEqual([])
    expect(await ruleIdsFor(use('../../../lib/format'), 'src/renderer/src/features/results/ice/sample.ts')).toEqual([])
    expect(await ruleIdsFor(use('../../../../shared/contract/index'), 'src/renderer/src/features/runs/sample.ts')).toEqual([])
    expect(await ruleIdsFor(use('./run-format'), 'src/renderer/src/features/runs/sample.ts')).toEqual([])
    expect(await ruleIdsFor(use('../rse-form'), 'src/renderer/src/features/runs/ice/sample.ts')).toEqual([])
  })

  it('still forbids src/main and Electron in a feature', async () => {
    expect(await ruleIdsFor(use('../../../../main/core/log'), 'src/renderer/src/features/runs/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('electron'), 'src/renderer/src/features/runs/sample.ts')).toContain('no-restricted-imports')
    expect(await ruleIdsFor(use('electron/renderer'), 'src/renderer/src/features/results/ice/sample.ts')).toContain('no-restricted-imports')
  })

  it('lets pages and app/ import features', async () => {
    expect(await ruleIdsFor(use('../features/runs/RunsTable'), 'src/renderer/src/pages/sample.tsx')).toEqual([])
    expect(await ruleIdsFor(use('../features/settings/useSettings'), 'src/renderer/src/app/sample.tsx')).toEqual([])
  })
})
