import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { requireBuild, runCli } from '../../support/built-app'
import { attackLogOf, expectedCounts, paperRows, strictCsvOf } from '../../support/paper-log-files'
import { useTempDirs } from '../../support/temp-dir'

/**
 * `distillscope ice import-dq` through the built command line, on files generated in the paper's
 * published format (METHOD.md 2.7): 1,000 attack rows with Chinese text and `{query}` templates, a
 * strict CSV with Python list literals, True/1 verdicts, trailing spaces and one stray row.
 */
const newDir = useTempDirs()
beforeAll(requireBuild)

function writeLogs() {
  const dir = newDir()
  const rows = paperRows()
  const strict = strictCsvOf(rows)
  writeFileSync(join(dir, 'attack_log.jsonl'), attackLogOf(rows))
  writeFileSync(join(dir, 'strict.csv'), strict.text)
  return { dir, rows, unmatchedLine: strict.unmatchedLine, want: expectedCounts(rows) }
}

describe('distillscope ice import-dq', () => {
  it('--json prints rows, then loose, strict and hard as count and rate, then intervals and the unmatched row', () => {
    const { dir, want, unmatchedLine } = writeLogs()
    // Its own empty data folder: the command must not need (or create) one.
    const result = runCli(['ice', 'import-dq', join(dir, 'attack_log.jsonl'), '--strict', join(dir, 'strict.csv'), '--json'], {
      DISTILLSCOPE_DATA_DIR: join(dir, 'no-data-here'),
    })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    const json = JSON.parse(result.stdout) as Record<string, unknown>
    expect(Object.keys(json).slice(0, 4)).toEqual(['rows', 'loose', 'strict', 'hard'])
    expect(json).toMatchObject({
      rows: 1000,
      loose: { count: want.loose, rate: want.loose / 1000 },
      strict: { count: want.strict, rate: want.strict / 1000 },
      hard: { count: want.hard, rate: want.hard / 1000 },
      unmatched: [{ line: unmatchedLine, reason: 'no attack row has this template and question' }],
      keywords: ['gpt', 'openai', 'claude', 'anthropic'],
      warnings: [],
    })
    expect(Object.keys(json.loose as object)).toEqual(['count', 'rate'])
    const intervals = json.intervals as Record<string, { low: number; high: number }>
    expect(intervals.loose!.low).toBeLessThan(want.loose / 1000)
    expect(intervals.loose!.high).toBeGreaterThan(want.loose / 1000)
    expect(result.stdout.endsWith('}\n')).toBe(true)
    expect(existsSync(join(dir, 'no-data-here'))).toBe(false)
  })

  it('prints a readable summary with each interval and its method and the strict row that matched nothing', () => {
    const { dir, want, unmatchedLine } = writeLogs()
    const result = runCli(['ice', 'import-dq', 'attack_log.jsonl', '--strict', 'strict.csv'], {}, dir)
    expect(result.code).toBe(0)
    const rate = (count: number) => (count / 1000).toFixed(3)
    expect(result.stdout).toContain("ICE from the paper's logs: attack_log.jsonl (1000 rows), strict verdicts from strict.csv")
    expect(result.stdout).toMatch(/score\s+count\s+rate\s+95% interval\s+method/)
    expect(result.stdout).toMatch(new RegExp(`loose\\s+${want.loose}\\s+${rate(want.loose)}\\s+0\\.\\d{3}-0\\.\\d{3}`))
    expect(result.stdout).toMatch(new RegExp(`strict\\s+${want.strict}\\s+${rate(want.strict)}\\s+0\\.\\d{3}-0\\.\\d{3}`))
    expect(result.stdout).toMatch(new RegExp(`hard\\s+${want.hard}\\s+${rate(want.hard)}\\s+0\\.\\d{3}-0\\.\\d{3}`))
    expect(result.stdout).toContain('Hard: strict positives whose template contains none of: gpt, openai, claude, anthropic.')
    expect(result.stdout).toContain(
      `Strict CSV rows that matched no attack-log row (1), not counted:\n  strict.csv, line ${unmatchedLine}: no attack row has this template and question`,
    )
  })

  it('gives loose alone without --strict, and hard from --keywords', () => {
    const { dir, want } = writeLogs()
    const alone = runCli(['ice', 'import-dq', join(dir, 'attack_log.jsonl'), '--json'])
    expect(alone.code).toBe(0)
    expect(JSON.parse(alone.stdout)).toMatchObject({
      rows: 1000,
      loose: { count: want.loose },
      strict: null,
      hard: null,
      intervals: { strict: null, hard: null },
      unmatched: [],
    })
    const text = runCli(['ice', 'import-dq', join(dir, 'attack_log.jsonl')])
    expect(text.stdout).toMatch(/strict\s+-\s+-\s+\(needs --strict STRICT\.csv\)/)
    const custom = runCli(['ice', 'import-dq', join(dir, 'attack_log.jsonl'), '--strict', join(dir, 'strict.csv'), '--keywords', ' zzz, ,yyy ', '--json'])
    expect(JSON.parse(custom.stdout)).toMatchObject({ hard: { count: want.strict }, keywords: ['zzz', 'yyy'] })
  })

  it('exits with 2 and names the file and line of what it cannot read', () => {
    const { dir } = writeLogs()
    const lines = attackLogOf(paperRows()).split('\n')
    lines[41] = '{"jailbreak_prompt": "x {query}", "query": "y", "target_responses": ["z"]}'
    writeFileSync(join(dir, 'broken.jsonl'), lines.join('\n'))
    const broken = runCli(['ice', 'import-dq', join(dir, 'broken.jsonl'), '--strict', join(dir, 'strict.csv')])
    expect(broken).toMatchObject({ code: 2, stdout: '' })
    expect(broken.stderr.trim()).toBe('"broken.jsonl", line 42: eval_results should be true or false.')

    writeFileSync(join(dir, 'bad-strict.csv'), 'jailbreak_prompt,query,target_responses,eval_results,re_judge\nt {query},q,"[\'I am GPT\']",True,yes please\n')
    const badStrict = runCli(['ice', 'import-dq', join(dir, 'attack_log.jsonl'), '--strict', join(dir, 'bad-strict.csv'), '--json'])
    expect(badStrict).toMatchObject({ code: 2, stdout: '' })
    expect(badStrict.stderr.trim()).toBe('"bad-strict.csv", line 2: re_judge should be True, False, 1 or 0.')

    const missing = runCli(['ice', 'import-dq', join(dir, 'nowhere.jsonl')])
    expect(missing.code).toBe(2)
    expect(missing.stderr.trim()).toBe(`There is no file at "${join(dir, 'nowhere.jsonl')}".`)

    const noKeywords = runCli(['ice', 'import-dq', join(dir, 'attack_log.jsonl'), '--keywords', ' , '])
    expect(noKeywords.code).toBe(2)
    expect(noKeywords.stderr).toMatch(/^--keywords needs at least one keyword/)
  })
})
