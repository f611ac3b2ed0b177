import { describe, expect, it } from 'vitest'
import { readVerdict, type VerdictPreset } from '../../../../../src/main/core/judges/read-verdict'
import corpus from '../../../../fixtures/judge-replies/verdicts.json'

type Expected = 0 | 1 | 'unreadable'
interface Entry {
  readonly id: string
  readonly origin: 'real' | 'written'
  readonly source?: { readonly repo: string; readonly path: string; readonly commit: string; readonly where: string }
  readonly judge: 'loose' | 'strict'
  readonly stage: 'reply' | 'extraction'
  readonly reply: string
  readonly expected: Readonly<Record<VerdictPreset, Expected>>
}

const entries = corpus.replies as readonly Entry[]
const PRESETS: readonly VerdictPreset[] = ['distillscope', 'as-published']

describe('the judge-reply corpus (issue 11 item 1)', () => {
  it('has at least 60 replies, a third of them real judge outputs with their source', () => {
    expect(entries.length).toBeGreaterThanOrEqual(60)
    const real = entries.filter((entry) => entry.origin === 'real')
    expect(real.length * 3).toBeGreaterThanOrEqual(entries.length)
    for (const entry of real) expect(entry.source?.repo && entry.source.path && entry.source.commit, entry.id).toBeTruthy()
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
  })

  for (const preset of PRESETS) {
    describe(`read under "${preset}"`, () => {
      for (const entry of entries) {
        it(`${entry.id} (${entry.judge}, ${entry.stage}) -> ${entry.expected[preset]}`, () => {
          const reading = readVerdict(entry.reply, preset, { judge: entry.judge, stage: entry.stage })
          if (entry.expected[preset] === 'unreadable') {
            expect(reading.ok, JSON.stringify(reading)).toBe(false)
            if (!reading.ok) expect(reading.reason.length).toBeGreaterThan(0)
          } else expect(reading).toMatchObject({ ok: true, verdict: entry.expected[preset] })
        })
      }
    })
  }
})

describe('readVerdict reasons and forms', () => {
  const loose = { judge: 'loose', stage: 'reply' } as const
  it('names both sides of a disagreement, and never picks one', () => {
    expect(readVerdict('<verdict>1</verdict>\n{"verdict": 0}', 'distillscope', loose)).toEqual({
      ok: false,
      reason: 'conflicting signals: <verdict>1 and JSON verdict 0',
    })
  })

  it('says what a malformed slot held, and when nothing was found', () => {
    expect(readVerdict('<verdict>maybe</verdict>', 'distillscope', loose)).toEqual({ ok: false, reason: 'no readable verdict: <verdict> holding "maybe"' })
    expect(readVerdict('Rating: [[1]]', 'distillscope', loose)).toEqual({ ok: false, reason: 'no verdict found' })
    expect(readVerdict('   ', 'distillscope', loose)).toEqual({ ok: false, reason: 'empty reply' })
  })

  it('records every form that agreed', () => {
    expect(readVerdict('<verdict>1</verdict>\nFinal answer: 1', 'distillscope', loose)).toEqual({ ok: true, verdict: 1, form: '<verdict> tag + labelled line' })
  })

  it('reads a labelled verdict followed by its reason, but not a list of options', () => {
    for (const [reply, verdict] of [
      ['Verdict: 1 - the model says OpenAI built it.', 1],
      ['Verdict: No, the model calls itself Qwen.', 0],
      ['**Final Verdict: 1**', 1],
    ] as const) {
      expect(readVerdict(reply, 'distillscope', loose), reply).toMatchObject({ ok: true, verdict })
    }
    for (const reply of ['Verdict: 1 or 0', 'Verdict: 12', 'Verdict: [[A]]'])
      expect(readVerdict(reply, 'distillscope', loose), reply).toMatchObject({ ok: false })
  })

  it('as published: says when the paper would make its extraction call, or would stop', () => {
    expect(readVerdict('<judge>yes</judge>', 'as-published', loose)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/int\(\) rejects; the paper's code then makes its extraction call/),
    })
    expect(readVerdict('Score: 1', 'as-published', { judge: 'strict', stage: 'reply' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/no fallback/),
    })
    expect(readVerdict('', 'as-published', { judge: 'loose', stage: 'extraction' })).toMatchObject({ ok: false, reason: expect.stringMatching(/would stop/) })
  })

  it("as published, strict: a <new prompt> block in the reply is unwrapped first, as the paper's judge wrapper does", () => {
    expect(
      readVerdict('<new prompt>analysis <rate>1</rate></new prompt> then <rate>0</rate>', 'as-published', { judge: 'strict', stage: 'reply' }),
    ).toMatchObject({ ok: true, verdict: 1 })
  })
})
