import { describe, expect, it } from 'vitest'
import { rseJudge } from '../../../../../../src/main/core/evaluators/rse/judge-adapter'
import { judgeWithReask, type JudgeCallOutcome } from '../../../../../../src/main/core/evaluators/rse/judge-with-reask'

const request = rseJudge.request({ question: 'Q?', reference: 'A.', candidate: 'B.' })
const scripted = (...replies: JudgeCallOutcome[]) => {
  const asked: number[] = []
  return { asked, ask: async () => (asked.push(asked.length), replies[asked.length - 1]!) }
}
const readable = 'They match.\n```json\n{"style": 2, "structure": 2, "content": 1, "overall": 4}\n```'

describe('the RSE judge with its one re-ask (shared by runs and the judge check)', () => {
  it('reads a first reply without asking again', async () => {
    const judge = scripted({ text: readable })
    expect(await judgeWithReask(rseJudge, judge.ask, request)).toMatchObject({
      kind: 'replied',
      reply: readable,
      reasked: false,
      parsed: { ok: true, overall: 4 },
    })
    expect(judge.asked).toHaveLength(1)
  })

  it('asks once more when unreadable, and keeps both replies when the second reads', async () => {
    const judge = scripted({ text: 'Hard to say.' }, { text: readable })
    expect(await judgeWithReask(rseJudge, judge.ask, request)).toMatchObject({
      kind: 'replied',
      reply: `Hard to say.\n\n---\n\n${readable}`,
      reasked: true,
      parsed: { ok: true },
    })
  })

  it('keeps the first reply as the unreadable one when the re-ask fails or still cannot be read', async () => {
    for (const second of [{ text: 'Still hard.' }, { failure: { message: 'timeout' } }] as JudgeCallOutcome[]) {
      const judge = scripted({ text: 'Hard to say.' }, second)
      expect(await judgeWithReask(rseJudge, judge.ask, request)).toMatchObject({ kind: 'replied', reply: 'Hard to say.', reasked: true, parsed: { ok: false } })
      expect(judge.asked).toHaveLength(2)
    }
  })

  it('reports a first call that failed, without a re-ask', async () => {
    const judge = scripted({ failure: { message: 'The provider refused the key.' } })
    expect(await judgeWithReask(rseJudge, judge.ask, request)).toEqual({ kind: 'call-failed', message: 'The provider refused the key.' })
    expect(judge.asked).toHaveLength(1)
  })
})
