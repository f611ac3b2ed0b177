import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runCli } from '../../../../src/main/cli/program'
import { openDatabase } from '../../../../src/main/storage/database'
import { useTempDirs } from '../../../support/temp-dir'

/**
 * Issue 12, item 6: a mistake in what a spec names (a missing file, an unknown set or model, a
 * malformed prompt file) exits 2 with one line and no stack trace, and leaves no run row and no
 * stray prompt set behind. The command line runs in-process against a temporary data folder.
 */
const newDir = useTempDirs()
afterEach(() => vi.restoreAllMocks())

const model = (id: string) => ({ provider: 'custom', baseURL: 'http://127.0.0.1:9/v1', model: id, apiKeyEnv: 'UNUSED_KEY' })
const rse = (extra: object) => ({
  kind: 'rse',
  models: { ref: model('r'), s: model('s'), judge: model('j') },
  reference: 'ref',
  students: ['s'],
  judge: 'judge',
  ...extra,
})
const ice = (extra: object) => ({
  kind: 'ice',
  models: { target: model('t'), helper: model('h'), judge: model('j') },
  target: 'target',
  helper: 'helper',
  judge: 'judge',
  targetFact: 'I am a test model.',
  questions: { builtin: 'identity-en' },
  seeds: { builtin: 'distillscope-roleplay-v1' },
  budget: { maxQueries: 10 },
  ...extra,
})

async function runSpec(spec: object): Promise<{ code: number; stderr: string; stdout: string; runs: number; promptSets: number; baseline: number }> {
  const folder = newDir()
  writeFileSync(join(folder, 'good.csv'), 'id,prompt\n1,Hello\n2,Goodbye\n')
  writeFileSync(join(folder, 'bad.csv'), 'id,prompt\n1,fine\n2,"never closed\n')
  writeFileSync(join(folder, 'spec.json'), JSON.stringify(spec))
  const dataDir = join(folder, 'data')
  mkdirSync(dataDir)
  let stderr = ''
  let stdout = ''
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true))
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true))
  const code = await runCli(['node', 'distillscope', 'run', join(folder, 'spec.json'), '--data-dir', dataDir], { rendererDir: folder })
  vi.restoreAllMocks()
  const db = openDatabase(join(dataDir, 'distillscope.db'))
  const runs = (db.prepare('SELECT count(*) AS n FROM runs').get() as { n: number }).n
  const promptSets = (db.prepare('SELECT count(*) AS n FROM prompt_sets').get() as { n: number }).n
  db.close()
  return { code, stderr, stdout, runs, promptSets, baseline: await builtinSetCount() }
}

/** Prompt sets a fresh data folder has (the built-in ones). */
let baselineCount: number | undefined
async function builtinSetCount(): Promise<number> {
  if (baselineCount !== undefined) return baselineCount
  const { createServices } = await import('../../../../src/main/compose-services')
  const { silentLogger } = await import('../../../../src/main/core/log')
  const services = createServices({ dataDir: newDir(), log: silentLogger })
  baselineCount = (services.db.prepare('SELECT count(*) AS n FROM prompt_sets').get() as { n: number }).n
  await services.close()
  return baselineCount
}

const cases: [string, object, RegExp][] = [
  ['a missing prompt file', rse({ promptSets: [{ name: 'g', file: 'nope.csv' }] }), /There is no file at ".*nope\.csv"/],
  ['an unknown prompt set', rse({ promptSets: [{ name: 'g', setId: 'no-such-set' }] }), /prompt set/i],
  ['a malformed prompt file', rse({ promptSets: [{ name: 'g', file: 'bad.csv' }] }), /Nothing was imported from "bad\.csv"\. Line 3/],
  [
    'a malformed file after a good one',
    rse({
      promptSets: [
        { name: 'a', file: 'good.csv' },
        { name: 'b', file: 'bad.csv' },
      ],
    }),
    /bad\.csv/,
  ],
  ['a sample larger than the file', rse({ promptSets: [{ name: 'g', file: 'good.csv', sample: 5 }] }), /has only 2 prompts/],
  [
    'an unknown saved model',
    rse({ promptSets: [{ name: 'g', file: 'good.csv' }], models: { ref: { modelId: 'no-such-model' }, s: model('s'), judge: model('j') } }),
    /"ref".*no-such-model|no-such-model.*"ref"/,
  ],
  ['an unknown question set', ice({ questions: { setId: 'no-such-questions' } }), /no question set "no-such-questions"/i],
  ['a missing seed file', ice({ seeds: { file: 'nope.csv' } }), /There is no file at ".*nope\.csv"/],
]

describe('user errors on the command line', () => {
  it.each(cases)('%s: exit 2, one line, no stack, no run row, no stray prompt set', async (_name, spec, message) => {
    const result = await runSpec(spec)
    expect(result.stderr).toMatch(message)
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    expect(result.stderr).not.toMatch(/\n\s+at /)
    expect(result.runs).toBe(0)
    expect(result.promptSets).toBe(result.baseline)
    expect(result.stdout).toBe('')
  })
})
