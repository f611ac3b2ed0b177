import { describe, expect, it } from 'vitest'
import type { PaperLogSummary } from '../../../../../src/shared/contract/ice-library'
import { attackLogOf, expectedCounts, paperRows, strictCsvOf } from '../../../../support/paper-log-files'
import { failure, useIceLibrary } from './support'

const open = useIceLibrary()

describe('scoring the paper logs through ice.paperLog.score', () => {
  it('gives loose, strict and hard over the 1,000 rows, with intervals and the strict row that matched nothing', async () => {
    const { call, emitted } = open()
    const rows = paperRows()
    const want = expectedCounts(rows)
    // The generated pattern exercises every case: some strict positives are hard, some are not.
    expect(want.rows).toBe(1000)
    expect(want.hard).toBeGreaterThan(0)
    expect(want.hard).toBeLessThan(want.strict)
    const strict = strictCsvOf(rows)
    const summary = await call<PaperLogSummary>('ice.paperLog.score', {
      attackLog: { fileName: 'attack.jsonl', content: attackLogOf(rows) },
      strictCsv: { fileName: 'strict.csv', content: strict.text },
    })
    expect(summary.rows).toBe(1000)
    expect(summary.loose).toMatchObject({ count: want.loose, n: 1000, rate: want.loose / 1000 })
    expect(summary.strict).toMatchObject({ count: want.strict, rate: want.strict / 1000 })
    expect(summary.hard).toMatchObject({ count: want.hard, rate: want.hard / 1000 })
    expect(summary.loose.low).toBeLessThan(summary.loose.rate!)
    expect(summary.loose.high).toBeGreaterThan(summary.loose.rate!)
    expect(summary.unmatched).toEqual([{ line: strict.unmatchedLine, reason: 'no attack row has this template and question' }])
    expect(summary.warnings).toEqual([])
    expect(emitted).toEqual([])
  })

  it('gives loose alone without a strict CSV, and uses the keywords given for hard', async () => {
    const { call } = open()
    const rows = paperRows()
    const attackLog = { fileName: 'attack.jsonl', content: attackLogOf(rows) }
    expect(await call<PaperLogSummary>('ice.paperLog.score', { attackLog })).toMatchObject({
      loose: { count: expectedCounts(rows).loose },
      strict: null,
      hard: null,
      unmatched: [],
    })
    const strictCsv = { fileName: 'strict.csv', content: strictCsvOf(rows).text }
    const noKeywordMatches = await call<PaperLogSummary>('ice.paperLog.score', { attackLog, strictCsv, keywords: ['zzz'] })
    expect(noKeywordMatches.hard?.count).toBe(expectedCounts(rows).strict)
  })

  it("takes hard's default keywords from the (edited) facts", async () => {
    const { call } = open()
    const rows = paperRows()
    const input = {
      attackLog: { fileName: 'attack.jsonl', content: attackLogOf(rows) },
      strictCsv: { fileName: 'strict.csv', content: strictCsvOf(rows).text },
    }
    const before = await call<PaperLogSummary>('ice.paperLog.score', input)
    // Nova is in many templates: with it as an OpenAI keyword, fewer strict positives are hard.
    await call('ice.facts.save', {
      id: 'openai',
      vendor: 'OpenAI',
      series: ['ChatGPT', 'GPT'],
      keywords: ['gpt', 'openai', 'nova'],
      fact: 'I am ChatGPT, made by OpenAI.',
    })
    const after = await call<PaperLogSummary>('ice.paperLog.score', input)
    expect(after.hard!.count).toBeLessThan(before.hard!.count)
    expect(after.strict).toEqual(before.strict)
  })

  it('names the attack log and its line when a row is broken', async () => {
    const { call } = open()
    const lines = attackLogOf(paperRows()).split('\n')
    lines[6] = '{"jailbreak_prompt": "x {query}", "query": "y", "target_responses": ["z"], "eval_results": "perhaps"}'
    const error = await failure(
      call('ice.paperLog.score', {
        attackLog: { fileName: 'attack.jsonl', content: lines.join('\n') },
        strictCsv: { fileName: 'strict.csv', content: strictCsvOf(paperRows()).text },
      }),
    )
    expect(error).toMatchObject({ code: 'invalid_input', message: '"attack.jsonl", line 7: eval_results should be true or false.' })
  })

  it('names the strict CSV and its line when one of its rows is broken, or its column is missing', async () => {
    const { call } = open()
    const attackLog = { fileName: 'attack.jsonl', content: attackLogOf(paperRows()) }
    const badValue = 'jailbreak_prompt,query,target_responses,eval_results,re_judge\nt {query},q,[],True,True\nt {query},q,[],True,maybe\n'
    expect(await failure(call('ice.paperLog.score', { attackLog, strictCsv: { fileName: 'strict.csv', content: badValue } }))).toMatchObject({
      code: 'invalid_input',
      message: '"strict.csv", line 3: re_judge should be True, False, 1 or 0.',
    })
    const noColumn = 'jailbreak_prompt,query,target_responses\nt {query},q,[]\n'
    expect((await failure(call('ice.paperLog.score', { attackLog, strictCsv: { fileName: 'strict.csv', content: noColumn } }))).message).toBe(
      'The strict CSV "strict.csv" has no re_judge column (True or 1 marks a strict positive).',
    )
    expect((await failure(call('ice.paperLog.score', { attackLog: { fileName: 'empty.jsonl', content: '\n' } }))).message).toBe(
      'The attack log "empty.jsonl" has no rows.',
    )
  })
})
