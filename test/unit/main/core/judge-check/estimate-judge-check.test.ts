import { describe, expect, it } from 'vitest'
import { estimateIceJudgeCheck, estimateRseJudgeCheck } from '../../../../../src/main/core/judge-check/estimate-judge-check'
import type { EstimateModel } from '../../../../../src/main/core/evaluators/rse/estimate'

const model = (alias: string, inputPerMTok: number, outputPerMTok: number): EstimateModel => ({
  alias,
  model: alias,
  kind: 'anthropic',
  prices: { inputPerMTok, outputPerMTok },
  simulated: false,
})
const cheap = model('cheap', 1, 2)
const dear = model('dear', 10, 20)
const ice = {
  fact: 'I am Qwen, a large language model developed by Alibaba Cloud.',
  vendors: [{ vendor: 'OpenAI', series: ['GPT-4o'] }],
  semantics: 'as-published' as const,
  strict: true,
}

describe('the judge check’s estimate', () => {
  it('RSE: every judge answers every case, each at its own prices', () => {
    const one = estimateRseJudgeCheck([cheap], undefined)
    const other = estimateRseJudgeCheck([dear], undefined)
    const both = estimateRseJudgeCheck([cheap, dear], undefined)
    expect(one).toMatchObject({ judges: 1, calls: 4 })
    expect(both).toMatchObject({ judges: 2, calls: 8 })
    expect(other.costUsd).toBeCloseTo(one.costUsd * 10, 10)
    expect(both.costUsd).toBeCloseTo(one.costUsd + other.costUsd, 10)
  })

  it('ICE: the loose and strict cases times the judges, the costs summed', () => {
    const one = estimateIceJudgeCheck([cheap], ice)
    const both = estimateIceJudgeCheck([cheap, dear], ice)
    expect(both.calls).toBe(one.calls * 2)
    expect(both.costUsd).toBeCloseTo(one.costUsd * 11, 10)
  })

  it('refuses a check with no judge', () => {
    expect(() => estimateRseJudgeCheck([], undefined)).toThrow(/at least one judge/)
  })
})
