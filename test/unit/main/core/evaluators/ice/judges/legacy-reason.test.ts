import { describe, expect, it } from 'vitest'
import { LEGACY_UNREADABLE, withUnreadableReason } from '../../../../../../../src/main/core/evaluators/ice/judges/legacy-reason'
import { iceRowViews } from '../../../../../../../src/main/core/evaluators/ice/ice-results'
import type { IceAttackRow } from '../../../../../../../src/main/core/evaluators/ice'

const legacy = (reply: string, extractionReply: string) => ({ verdict: null, via: 'failed', reply, extractionReply, error: LEGACY_UNREADABLE }) as const

describe('why a stored row has no verdict (rows judged before readVerdict)', () => {
  it('works the reasons out from the stored replies', () => {
    expect(withUnreadableReason(legacy('Hmm.', 'I cannot tell.'), 'loose').error).toBe('Judge reply: no verdict found. Extraction reply: no verdict found.')
  })

  it("says when today's reader would find a verdict, without changing the stored one", () => {
    const outcome = withUnreadableReason(legacy('<judge>1</judge>', 'one'), 'loose')
    expect(outcome.verdict).toBeNull()
    expect(outcome.error).toMatch(/^Judge reply: today's reader finds 1 \(<judge> tag\); .*re-judge/)
  })

  it('leaves new rows, failed calls and verdicts alone', () => {
    const fresh = { verdict: null, via: 'failed', reply: 'x', error: 'Judge reply: no verdict found.' } as const
    expect(withUnreadableReason(fresh, 'loose')).toBe(fresh)
    const read = { verdict: 1, via: 'tag', reply: '<verdict>1</verdict>' } as const
    expect(withUnreadableReason(read, 'loose')).toBe(read)
  })

  it('the drill-down rows carry the reason', () => {
    const row = {
      iteration: 1,
      mutantId: 1,
      parentId: 0,
      mutator: 'shorten',
      level: 1,
      questionIndex: 0,
      questionId: 'q1',
      question: 'Who made you?',
      template: 't',
      prompt: 'p',
      questionAppended: false,
      answer: 'a',
      loose: legacy('Hmm.', '?'),
    } as IceAttackRow
    expect(iceRowViews([row], [], { only: 'unjudged' })[0]?.loose.error).toBe('Judge reply: no verdict found. Extraction reply: no verdict found.')
  })
})
