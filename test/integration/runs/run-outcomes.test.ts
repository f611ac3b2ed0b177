import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { requireBuild, runCliAsync } from '../../support/built-app'

/**
 * One test per row of the run-outcome table (docs/spec.md, src/shared/contract/run-outcomes.ts):
 * what `distillscope run` ends with and the exit code it returns.
 */
const GPTFUZZ = resolve('../shared/data/gptfuzz/GPTFuzzer.csv')
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-outcomes-'))

beforeAll(async () => {
  requireBuild()
  simulator = await createSimulator({ port: 0, seed: 7 })
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
const iceSpec = (judge: string, extra: Record<string, unknown> = {}) => ({
  kind: 'ice',
  models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model(judge) },
  target: 'target',
  helper: 'helper',
  judge: 'judge',
  targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
  questions: { builtin: 'identity-en-zh' },
  seeds: { file: GPTFUZZ },
  budget: { maxQueries: 40 },
  seed: 3,
  ...extra,
})

async function runSpec(name: string, spec: object) {
  const file = join(folder, `${name}.json`)
  writeFileSync(file, JSON.stringify(spec))
  return runCliAsync(['run', file, '--data-dir', join(folder, name), '--json'])
}

describe('distillscope run: outcomes and exit codes', () => {
  it('a judge that never writes a readable verdict: completed with warnings, exit 3, no rate (never 0), n judged 0', { timeout: 120_000 }, async () => {
    const result = await runSpec('evasive', iceSpec('sim-judge-evasive'))
    expect(result.code, result.stderr).toBe(3)
    const json = JSON.parse(result.stdout) as Record<string, any>
    expect(json.status).toBe('completed_with_warnings')
    expect(json.warnings.join('\n')).toMatch(/judge/i)
    expect(json.rows).toBe(40)
    expect(json.loose).toMatchObject({ count: 0, n: 0, rate: null, ci: null })
    expect(json.strict.rate).toBeNull()
    expect(json.hard.rate).toBeNull()
    expect(result.stderr).toMatch(/completed with warnings/)
  })
})
