import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { requireBuild, runCliAsync } from '../../support/built-app'

/**
 * Issue 12 item 3 on the command line: a spec that would fail after money was spent exits 2 with
 * one line naming the problem, before a database row exists or a request is sent.
 */
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-preflight-cli-'))

beforeAll(async () => {
  requireBuild()
  simulator = await createSimulator({ port: 0 })
  writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,What is the capital of France?\n')
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

const inline = (model: string, extra: Record<string, unknown> = {}) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model, ...extra })
const rseSpec = (changes: Record<string, unknown> = {}, models: Record<string, unknown> = {}) => ({
  kind: 'rse',
  models: { ref: inline('sim-reference'), student: inline('sim-student-close'), judge: inline('sim-judge'), ...models },
  reference: 'ref',
  students: ['student'],
  judge: 'judge',
  promptSets: [{ name: 'few', file: 'prompts.csv' }],
  ...changes,
})

/** `lines`: a spec that fails its schema lists each problem on a line of its own. */
async function expectRefused(name: string, text: string, fragment: RegExp, lines = 1): Promise<void> {
  const file = join(folder, `${name}.json`)
  writeFileSync(file, text)
  const before = simulator.requestLog.length
  const dataDir = join(folder, name)
  const result = await runCliAsync(['run', file, '--data-dir', dataDir], { PREFLIGHT_CLI_UNSET_KEY: '' })
  expect(result.code, result.stderr).toBe(2)
  expect(result.stderr).toMatch(fragment)
  expect(result.stderr.trim().split('\n')).toHaveLength(lines)
  expect(result.stderr).not.toMatch(/^\s+at /m)
  expect(simulator.requestLog.length).toBe(before)
  // The database is opened to check saved models; whether or not it exists, it holds no run.
  if (existsSync(join(dataDir, 'distillscope.db'))) {
    const { openDatabase } = await import('../../../src/main/storage/database')
    const db = openDatabase(join(dataDir, 'distillscope.db'), { readonly: true })
    try {
      expect((db.prepare('SELECT COUNT(*) AS n FROM runs').get() as { n: number }).n).toBe(0)
    } finally {
      db.close()
    }
  }
}

describe('distillscope run: preflight', () => {
  it('a judge prompt without its placeholders exits 2 naming them', { timeout: 60_000 }, async () => {
    await expectRefused('judge-prompt', JSON.stringify(rseSpec({ judgePrompt: 'just rate it' })), /\{question\}.*\{reference\}.*\{candidate\}/)
  })

  it('a missing key exits 2 naming the model', { timeout: 60_000 }, async () => {
    const student = { provider: 'openai', baseURL: `${simulator.url}/v1`, model: 'sim-student-close', apiKeyEnv: 'PREFLIGHT_CLI_UNSET_KEY' }
    await expectRefused('no-key', JSON.stringify(rseSpec({}, { student })), /"student".*PREFLIGHT_CLI_UNSET_KEY/)
  })

  it('a file:// base URL exits 2', { timeout: 60_000 }, async () => {
    await expectRefused('file-url', JSON.stringify(rseSpec({}, { ref: inline('sim-reference', { baseURL: 'file:///etc/passwd' }) })), /baseURL.*http/s, 2)
  })

  it('a spec file that starts with a UTF-8 BOM is read (and here refused for its judge prompt, not as bad JSON)', { timeout: 60_000 }, async () => {
    await expectRefused('bom', `\uFEFF${JSON.stringify(rseSpec({ judgePrompt: 'just rate it' }))}`, /\{candidate\}/)
  })
})

describe('distillscope run: judge affinity', () => {
  it('prints the affinity warnings of every judge before the run starts', { timeout: 120_000 }, async () => {
    // gpt-4o and gpt-4o-mini are answered by the simulator's generic persona: what matters is their family (OpenAI).
    const spec = rseSpec({ judge: undefined, judges: ['judge', 'mini'] }, { ref: inline('gpt-4o'), mini: inline('gpt-4o-mini') })
    const file = join(folder, 'affinity.json')
    writeFileSync(file, JSON.stringify(spec))
    const result = await runCliAsync(['run', file, '--data-dir', join(folder, 'affinity')], {})
    const lines = result.stderr.split('\n')
    const warning = lines.findIndex((line) => line.startsWith('Warning: The judge “mini” (gpt-4o-mini) and the reference (gpt-4o) are both OpenAI models'))
    expect(warning, result.stderr).toBeGreaterThanOrEqual(0)
    // Before the first progress line (the run's first event always prints one): said before anything is sent.
    const progress = lines.findIndex((line) => /^\d+ of at most \d+ calls, \$\d+\.\d{4}/.test(line))
    expect(progress, result.stderr).toBeGreaterThan(warning)
    // Only the judge of the reference's family is named: sim-judge has none.
    expect(lines.filter((line) => line.startsWith('Warning: The judge'))).toHaveLength(1)
  })
})
