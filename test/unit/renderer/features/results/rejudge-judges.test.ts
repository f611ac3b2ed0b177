import { describe, expect, it } from 'vitest'
import { judgeCallsText, judgesFileFor } from '../../../../../src/renderer/src/features/results/rejudge-judges'
import { judgesFileSchema } from '../../../../../src/shared/contract/judges-file'

const spec = { models: { ref: { modelId: 'm-ref' }, judge: { modelId: 'm-judge' }, 'judge-1': { modelId: 'm-x' } } }

describe('the judges the re-judge dialog sends', () => {
  it('keeps the alias of a model the run already names, and gives others judge-N aliases the run does not use', () => {
    const file = judgesFileFor(spec, ['m-judge', 'm-a', 'm-b'])
    expect(file).toEqual({
      models: { judge: { modelId: 'm-judge' }, 'judge-2': { modelId: 'm-a' }, 'judge-3': { modelId: 'm-b' } },
      judges: ['judge', 'judge-2', 'judge-3'],
    })
    expect(judgesFileSchema.safeParse(file).success).toBe(true)
  })

  it('says how many judge calls a pick sends, and asks for a judge when none is picked', () => {
    expect(judgeCallsText(40, 3, 2)).toBe(
      '40 stored answers × 3 judges: 120 judge calls (at most 240 when a verdict needs a follow-up question). No answer is generated again.',
    )
    expect(judgeCallsText(1200, 1, 1)).toBe('1,200 stored answers × 1 judge: 1,200 judge calls. No answer is generated again.')
    expect(judgeCallsText(40, 0, 2)).toMatch(/^Choose at least one judge/)
  })
})
