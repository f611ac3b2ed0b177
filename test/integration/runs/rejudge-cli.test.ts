import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { requireBuild, runCliAsync } from '../../support/built-app'

/** `distillscope rejudge` (issue 13 item 3): a finished run judged again from the command line. */
let simulator: Simulator
const folder = mkdtempSync(join(tmpdir(), 'distillscope-rejudge-cli-'))
const dataDir = join(folder, 'data')

beforeAll(async () => {
  requireBuild()
  simulator = await createSimulator({ port: 0 })
  writeFileSync(join(folder, 'prompts.csv'), 'id,prompt\n1,What is the capital of France?\n2,Name a prime number.\n3,What is 2 + 2?\n')
})
afterAll(async () => {
  await simulator?.close()
  rmSync(folder, { recursive: true, force: true })
})

const inline = (model: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model })
const writeJson = (name: string, value: unknown) => {
  const file = join(folder, name)
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value))
  return file
}

async function firstRun(): Promise<string> {
  const spec = writeJson('spec.json', {
    kind: 'rse',
    models: { ref: inline('sim-reference'), student: inline('sim-student-close'), judge: inline('sim-judge') },
    reference: 'ref',
    students: ['student'],
    judge: 'judge',
    promptSets: [{ name: 'few', file: 'prompts.csv' }],
  })
  const result = await runCliAsync(['run', spec, '--data-dir', dataDir, '--json'])
  expect(result.code, result.stderr).toBe(0)
  return (JSON.parse(result.stdout) as { runId: string }).runId
}

describe('distillscope rejudge', () => {
  it(
    'judges the stored answers with the new judge only, prints run --json plus rejudgeOf, and asked again reports the same run',
    { timeout: 120_000 },
    async () => {
      const original = await firstRun()
      const judges = writeJson('judges.json', { models: { harsh: inline('sim-judge-harsh') }, judges: ['harsh'] })
      const from = simulator.requestLog.length
      const result = await runCliAsync(['rejudge', original, '--judges', judges, '--data-dir', dataDir, '--json'])
      expect(result.code, result.stderr).toBe(0)
      expect(result.stderr).toMatch(/only judge calls are sent/)
      const report = JSON.parse(result.stdout) as { kind: string; runId: string; rejudgeOf: string; results: unknown[] }
      expect(report).toMatchObject({ kind: 'rse', rejudgeOf: original })
      expect(report.runId).not.toBe(original)
      expect(report.results).toHaveLength(1)
      const sent = simulator.requestLog.slice(from).filter((entry) => entry.path.endsWith('/chat/completions'))
      expect(sent.map((entry) => entry.model)).toEqual(['sim-judge-harsh', 'sim-judge-harsh', 'sim-judge-harsh'])

      const again = await runCliAsync(['rejudge', original, '--judges', judges, '--data-dir', dataDir])
      expect(again.code, again.stderr).toBe(0)
      expect(again.stdout).toMatch(/student/)
      expect(simulator.requestLog.length).toBe(from + sent.length)
    },
  )

  it('a bad judges file names the file and the field, exit 2; an unknown run is refused in one line', { timeout: 60_000 }, async () => {
    const bad = writeJson('bad-judges.json', { models: { harsh: inline('sim-judge-harsh') }, judges: ['harsh', 'missing'] })
    const result = await runCliAsync(['rejudge', 'run_nope', '--judges', bad, '--data-dir', dataDir])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain(bad)
    expect(result.stderr).toMatch(/judges\.1: "missing" is not one of the models defined in "models"/)
    const broken = await runCliAsync(['rejudge', 'run_nope', '--judges', writeJson('broken.json', '{"models": '), '--data-dir', dataDir])
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/)
    const good = writeJson('judges-ok.json', { models: { harsh: inline('sim-judge-harsh') }, judges: ['harsh'] })
    const unknown = await runCliAsync(['rejudge', 'run_nope', '--judges', good, '--data-dir', dataDir])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr.trim()).toBe('There is no run "run_nope".')
  })
})
