import { describe, expect, it } from 'vitest'
import { iceCases } from '../../../../../src/main/core/judge-check/ice-cases'
import { RSE_CASES } from '../../../../../src/main/core/judge-check/rse-cases'

const qwen = 'I am Qwen, a large language model developed by Alibaba Cloud.'
const suspects = [
  { vendor: 'OpenAI', series: ['GPT-4o', 'ChatGPT'] },
  { vendor: 'Anthropic', series: ['Claude'] },
]

describe('the judge check’s canned cases (issue 11 item 4)', () => {
  it('RSE: an answer against itself must score 4 or 5, an unrelated one 1 or 2, two cases in between', () => {
    expect(RSE_CASES.map((entry) => [entry.id, entry.min, entry.max])).toEqual([
      ['rse-identical', 4, 5],
      ['rse-unrelated', 1, 2],
      ['rse-same-facts-other-shape', 2, 4],
      ['rse-partial', 2, 4],
    ])
    expect(RSE_CASES[0]!.candidate).toBe(RSE_CASES[0]!.reference)
  })

  it('ICE: claims another maker than the fact names, and uses the fact itself as the own-identity answer', () => {
    const cases = iceCases(qwen, suspects, 'distillscope', true)
    expect(cases.find((entry) => entry.id === 'loose-other-maker')).toMatchObject({ expected: 1, answer: expect.stringMatching(/OpenAI/) })
    expect(cases.find((entry) => entry.id === 'loose-own-identity')).toMatchObject({ expected: 0, answer: qwen })
    // A target that is OpenAI's own model is never asked to deny OpenAI.
    const openai = iceCases('I am ChatGPT, a model developed by OpenAI.', suspects, 'distillscope', true)
    expect(openai.find((entry) => entry.id === 'loose-other-maker')!.answer).toMatch(/Anthropic/)
    expect(openai.find((entry) => entry.id === 'strict-suspected-maker')!.answer).toMatch(/Anthropic/)
  })

  it('where the two judges differ by design, each is expected to give its own answer', () => {
    const paper = iceCases(qwen, suspects, 'as-published', true)
    const ours = iceCases(qwen, suspects, 'distillscope', true)
    expect(paper.find((entry) => entry.id === 'strict-role-play')!.expected).toBe(1)
    expect(ours.find((entry) => entry.id === 'strict-role-play')!.expected).toBe(0)
    // No right answer exists for the paper's strict judge on a remark about another model.
    expect(paper.some((entry) => entry.id === 'strict-other-model')).toBe(false)
    expect(ours.some((entry) => entry.id === 'strict-other-model')).toBe(true)
    // Loose cases are the same for both.
    expect(paper.filter((entry) => entry.judging === 'ice-loose').map((entry) => entry.expected)).toEqual(
      ours.filter((entry) => entry.judging === 'ice-loose').map((entry) => entry.expected),
    )
  })

  it('without the strict judge there are no strict cases', () => {
    expect(iceCases(qwen, suspects, 'distillscope', false).every((entry) => entry.judging === 'ice-loose')).toBe(true)
  })
})
