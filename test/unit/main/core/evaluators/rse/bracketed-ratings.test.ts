import { describe, expect, it } from 'vitest'
import { parseRseJudgeReply } from '../../../../../../src/main/core/evaluators/rse/judge-parser'
import corpus from '../../../../../fixtures/judge-replies/verdicts.json'

/*
 * Real judge replies (FastChat MT-Bench and arena-hard-auto judgments, quoted in the ICE verdict
 * corpus with their source) fed to the RSE parser. MT-Bench's judge writes "Rating: [[N]]" on a
 * 1-10 scale: an N within RSE's 1-5 is read as the overall, one above it is recorded as off the
 * scale (never clamped), and a pairwise "[[A]]" is no score at all.
 */
const real = corpus.replies.filter((entry) => entry.origin === 'real')

describe("RSE parser on real judges' bracketed ratings", () => {
  it('the corpus holds both kinds of real reply', () => {
    expect(real.filter((entry) => /Rating: \[\[\d+\]\]/.test(entry.reply)).length).toBeGreaterThanOrEqual(10)
    expect(real.filter((entry) => /\[\[A[>=]?B?\]\]/.test(entry.reply)).length).toBeGreaterThanOrEqual(5)
  })

  for (const entry of real) {
    const rating = /Rating: \[\[(\d+)\]\]/.exec(entry.reply)?.[1]
    it(`${entry.id}`, () => {
      const parsed = parseRseJudgeReply(entry.reply)
      if (rating === undefined) expect(parsed).toEqual({ ok: false, reason: 'no overall score found' })
      else if (Number(rating) <= 5) expect(parsed).toMatchObject({ ok: true, scores: { overall: Number(rating) }, via: 'tagged' })
      else expect(parsed).toEqual({ ok: false, reason: `overall ${rating} is outside 1-5` })
    })
  }

  it("reads the bracketed form on RSE's own fields, and keeps the rating line out of the explanation", () => {
    expect(parseRseJudgeReply('Same points, a warmer tone.\n\nRating: [[4]]')).toEqual({
      ok: true,
      scores: { overall: 4 },
      explanation: 'Same points, a warmer tone.',
      via: 'tagged',
      notes: [],
    })
    expect(parseRseJudgeReply('Style: [[2]]\nStructure: [[1]]\nContent: [[2]]\nOverall similarity: [[4]]')).toMatchObject({
      ok: true,
      scores: { overall: 4, style: 2, structure: 1, content: 2 },
    })
    expect(parseRseJudgeReply('Overall: [3]')).toMatchObject({ ok: true, scores: { overall: 3 } })
  })
})
