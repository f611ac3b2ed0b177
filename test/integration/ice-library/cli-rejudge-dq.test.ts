import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireBuild, runCli, runCliAsync } from '../../support/built-app'
import { attackLogOf, paperRows, strictCsvOf } from '../../support/paper-log-files'
import { useTempDirs } from '../../support/temp-dir'

/** `distillscope ice rejudge-dq` through the built command line, its judge on the built-in simulator (the Offline demo). */
const newDir = useTempDirs()
beforeAll(requireBuild)

function writeFiles(judges: unknown) {
  const dir = newDir()
  const rows = paperRows()
  writeFileSync(join(dir, 'attack_log.jsonl'), attackLogOf(rows))
  writeFileSync(join(dir, 'strict.csv'), strictCsvOf(rows).text)
  writeFileSync(join(dir, 'judges.json'), JSON.stringify(judges))
  return dir
}

const simJudges = { models: { j1: { provider: 'simulator', model: 'sim-judge' } }, judges: ['j1'] }

describe('distillscope ice rejudge-dq', () => {
  it('--json prints the sample, each judge loose and strict comparison, and the requests', { timeout: 60_000 }, async () => {
    const dir = writeFiles(simJudges)
    const args = ['ice', 'rejudge-dq', join(dir, 'attack_log.jsonl'), '--strict', join(dir, 'strict.csv'), '--judges', join(dir, 'judges.json')]
    const result = await runCliAsync([...args, '--target', 'DeepSeek', '--sample', '40', '--seed', '2', '--json'], { DISTILLSCOPE_DATA_DIR: join(dir, 'data') })
    expect(result.code).toBe(0)
    expect(result.stderr).toContain('Re-judged 40 of 40 rows')
    const json = JSON.parse(result.stdout) as Record<string, unknown>
    expect(Object.keys(json)).toEqual([
      'attackLog',
      'strictCsv',
      'fact',
      'sample',
      'logRows',
      'seed',
      'strata',
      'judges',
      'panel',
      'requests',
      'fromCache',
      'costUsd',
    ])
    expect(json).toMatchObject({ attackLog: 'attack_log.jsonl', strictCsv: 'strict.csv', sample: 40, logRows: 1000, seed: 2, panel: null })
    const [judge] = json.judges as { judge: string; loose: Record<string, unknown>; strict: Record<string, unknown> }[]
    expect(judge).toMatchObject({ judge: 'j1', model: 'sim-judge' })
    expect(Object.keys(judge!.loose)).toEqual(['n', 'unreadable', 'splits', 'matrix', 'accuracy', 'kappa', 'kappaCi'])
    expect(judge!.loose.n).toBe(40)
    expect(judge!.strict).not.toBeNull()

    const text = await runCliAsync([...args, '--target', 'DeepSeek', '--sample', '40', '--seed', '2'], { DISTILLSCOPE_DATA_DIR: join(dir, 'data') })
    expect(text.code).toBe(0)
    expect(text.stdout).toContain('Judge j1 (sim-judge)')
    expect(text.stdout).toMatch(/accuracy \d\.\d{3}, Cohen's kappa -?\d\.\d{3}/)
    // The same sample again: every request answered from the cache.
    expect(text.stdout).toMatch(/Sent 0 requests \(\$0\.0000\), \d+ answered from the cache\./)
  })

  it('names the field of a bad judges file, and refuses with exit 2 before any call', () => {
    const dir = writeFiles({ models: { j1: { provider: 'simulator', model: 'sim-judge' } }, judges: ['j1', 'j2'] })
    const result = runCli(['ice', 'rejudge-dq', join(dir, 'attack_log.jsonl'), '--judges', join(dir, 'judges.json'), '--target', 'DeepSeek'], {
      DISTILLSCOPE_DATA_DIR: join(dir, 'data'),
    })
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('judges.json is not a valid judges file')
    expect(result.stderr).toContain('judges.1: "j2" is not one of the models defined in "models"')
    expect(result.stdout).toBe('')
  })

  it('refuses a missing target fact, a bad sample size and a broken attack log, naming the line', () => {
    const dir = writeFiles(simJudges)
    const base = ['ice', 'rejudge-dq', join(dir, 'attack_log.jsonl'), '--judges', join(dir, 'judges.json')]
    const env = { DISTILLSCOPE_DATA_DIR: join(dir, 'data') }
    expect(runCli(base, env).stderr).toContain("Name the log's target")
    expect(runCli([...base, '--target', 'DeepSeek', '--sample', '0'], env).stderr).toContain('--sample should be a whole number from 1 to 1000')
    writeFileSync(
      join(dir, 'attack_log.jsonl'),
      `${JSON.stringify({ jailbreak_prompt: 't', query: 'q', target_responses: ['a'], eval_results: true })}\n{"query": 1}\n`,
    )
    const broken = runCli([...base, '--target', 'DeepSeek'], env)
    expect(broken.code).toBe(2)
    expect(broken.stderr).toMatch(/attack_log\.jsonl.*[Ll]ine 2/)
  })
})
