import { describe, expect, it } from 'vitest'
import { parseRseJudgeReply, type RseJudgeParse } from '../../../../../../src/main/core/evaluators/rse/judge-parser'
import { JUDGE_REPLY_CORPUS, type Expected } from './judge-replies.corpus'

function matches(result: RseJudgeParse, expected: Expected): void {
  if (!expected.ok) {
    expect(result.ok, `expected a failure, got ${JSON.stringify(result)}`).toBe(false)
    if (!result.ok) expect(result.reason).toMatch(expected.reason)
    return
  }
  expect(result.ok, `expected scores, got ${JSON.stringify(result)}`).toBe(true)
  if (!result.ok) return
  const { via, ok: _ok, ...scores } = expected
  expect(result.scores).toEqual(scores)
  expect(result.via).toBe(via)
}

describe('parseRseJudgeReply on the corpus', () => {
  it('has at least 40 replies, both outcomes well represented', () => {
    expect(JUDGE_REPLY_CORPUS.length).toBeGreaterThanOrEqual(40)
    expect(JUDGE_REPLY_CORPUS.filter((entry) => !entry.expected.ok).length).toBeGreaterThanOrEqual(12)
    expect(new Set(JUDGE_REPLY_CORPUS.map((entry) => entry.name)).size).toBe(JUDGE_REPLY_CORPUS.length)
  })

  it.each(JUDGE_REPLY_CORPUS.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    matches(parseRseJudgeReply(entry.reply), entry.expected)
  })
})

describe('parseRseJudgeReply details', () => {
  it('keeps the explanation: from the JSON field, else the prose around the block, in its original characters', () => {
    const fromField = parseRseJudgeReply('```json\n{"explanation": "Same steps.", "overall": 4}\n```')
    expect(fromField.ok && fromField.explanation).toBe('Same steps.')
    const fromProse = parseRseJudgeReply('Explanation: 两个回答的结构一致，例子不同。\n\n```json\n{"overall": 4}\n```')
    expect(fromProse.ok && fromProse.explanation).toBe('两个回答的结构一致，例子不同。')
    const scoresOnly = parseRseJudgeReply('**Style:** 2\n**Overall:** 5')
    expect(scoresOnly.ok && scoresOnly.explanation).toBeUndefined()
  })

  it('notes what a reader should know: half points, overruled prose, aspects from elsewhere', () => {
    const half = parseRseJudgeReply('{"overall": 4.5}')
    expect(half.ok && half.notes).toEqual(['overall 4.5 is a half point, recorded as given'])
    const overruled = parseRseJudgeReply('Overall: 4\n```json\n{"overall": 3}\n```')
    expect(overruled.ok && overruled.notes).toEqual(['the labelled fields also gave overall 4; the JSON block (3) was used'])
    const mixed = parseRseJudgeReply('Response style: 2\n```json\n{"overall": 4}\n```')
    expect(mixed.ok && mixed.scores).toEqual({ overall: 4, style: 2 })
    expect(mixed.ok && mixed.notes).toEqual(['style taken from the labelled fields'])
  })

  it('drops a bad aspect from a less trusted source than the overall, but fails on one beside it', () => {
    const stray = parseRseJudgeReply('In terms of content: 2/3 of the examples match.\n```json\n{"overall": 3}\n```')
    expect(stray.ok && stray.scores).toEqual({ overall: 3 })
    expect(stray.ok && stray.notes[0]).toMatch(/content 2\/3 is not on the 0-2 scale .*ignored/)
    const beside = parseRseJudgeReply('```json\n{"content": 3, "overall": 3}\n```')
    expect(beside).toEqual({ ok: false, reason: 'content 3 is outside 0-2' })
  })

  it('does not take a word ending in a field name for the field', () => {
    expect(parseRseJudgeReply('Lifestyle: 2\nOverall: 4')).toMatchObject({ ok: true, scores: { overall: 4 } })
    const result = parseRseJudgeReply('Lifestyle: 2\nOverall: 4')
    expect(result.ok && result.scores.style).toBeUndefined()
  })

  it('prefers a fenced block over an object quoted in the prose', () => {
    const reply = 'The reference prints {"overall": 1} as its example output.\n```json\n{"overall": 4}\n```'
    expect(parseRseJudgeReply(reply)).toMatchObject({ ok: true, scores: { overall: 4 }, via: 'json' })
  })

  it('never throws, whatever it is given', () => {
    const odd = [
      undefined,
      null,
      42,
      '{'.repeat(20_000),
      '['.repeat(5000),
      '```json',
      'Overall:',
      '<overall></overall>',
      '\u0000\uffff',
      '{"overall": {"overall": {"overall": 4}}}',
    ]
    for (const input of odd) {
      const result = parseRseJudgeReply(input as string)
      expect(typeof result.ok).toBe('boolean')
      if (!result.ok) expect(result.reason.length).toBeGreaterThan(0)
    }
    expect(parseRseJudgeReply(undefined as unknown as string)).toEqual({ ok: false, reason: 'empty reply' })
  })

  // No wall-clock bound (this machine's timings are noisy): a reader that backtracks without end
  // on a long reply would run into vitest's own per-test timeout instead.
  it('reads a long reply, the verdict after 96 KB of prose', () => {
    const reply = `${'The candidate restates the reference at length. '.repeat(2000)}\n\`\`\`json\n{"overall": 4}\n\`\`\``
    expect(parseRseJudgeReply(reply)).toMatchObject({ ok: true, scores: { overall: 4 } })
  })
})
