import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, expect } from 'vitest'
import { requireBuild, runCliAsync } from '../../support/built-app'
import { requireTool } from '../../support/external-tools'

/**
 * Real runs made by the built command line on the Offline demo's simulator, for the tests of
 * `distillscope export`: an RSE run of two students, an ICE run of a leaky target, and an RSE run of
 * that same target (for the RSE-ICE scatter). Made once per test file, in its own data folder.
 */
export interface ExportRuns {
  readonly ids: { rse: string; ice: string; leakyRse: string }
  readonly folder: string
  exportCli(args: readonly string[]): ReturnType<typeof runCliAsync>
}

const GPTFUZZER_CSV = resolve('../shared/data/gptfuzz/GPTFuzzer.csv')
const sim = (model: string) => ({ provider: 'simulator', model })

export function useExportRuns(): ExportRuns {
  const folder = mkdtempSync(join(tmpdir(), 'distillscope-cli-export-'))
  const dataDir = join(folder, 'data')
  const ids = { rse: '', ice: '', leakyRse: '' }

  async function runSpec(name: string, spec: object): Promise<string> {
    const file = join(folder, `${name}.json`)
    writeFileSync(file, JSON.stringify(spec))
    const result = await runCliAsync(['run', file, '--data-dir', dataDir, '--json'])
    expect(result.code, result.stderr).toBe(0)
    return (JSON.parse(result.stdout) as { runId: string }).runId
  }

  beforeAll(async () => {
    requireBuild()
    requireTool('pdftoppm', 'poppler-utils')
    requireTool('pdflatex', 'texlive-latex-base')
    if (!existsSync(GPTFUZZER_CSV)) throw new Error(`The shared test data is missing: ${GPTFUZZER_CSV} (see ../shared/data/README.md)`)
    ids.rse = await runSpec('rse', {
      kind: 'rse',
      models: { ref: sim('sim-reference'), close: sim('sim-student-close'), far: sim('sim-student-far'), judge: sim('sim-judge') },
      reference: 'ref',
      students: ['close', 'far'],
      judge: 'judge',
      promptSets: [
        { name: 'general', setId: 'builtin-general-v1', sample: 6 },
        { name: 'maths', setId: 'builtin-math-v1', sample: 6 },
      ],
    })
    ids.ice = await runSpec('ice', {
      kind: 'ice',
      models: { target: sim('sim-target-leaky'), helper: sim('sim-helper'), judge: sim('sim-judge') },
      target: 'target',
      helper: 'helper',
      judge: 'judge',
      targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
      questions: { builtin: 'identity-en-zh' },
      seeds: { file: GPTFUZZER_CSV },
      budget: { maxQueries: 100 },
      seed: 4,
    })
    ids.leakyRse = await runSpec('leaky-rse', {
      kind: 'rse',
      name: 'Leaky as a student',
      models: { ref: sim('sim-reference'), leaky: sim('sim-target-leaky'), judge: sim('sim-judge') },
      reference: 'ref',
      students: ['leaky'],
      judge: 'judge',
      promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 6 }],
    })
  }, 120_000)
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  return { ids, folder, exportCli: (args) => runCliAsync(['export', ...args, '--data-dir', dataDir]) }
}
