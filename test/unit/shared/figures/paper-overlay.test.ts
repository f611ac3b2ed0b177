import { describe, expect, it } from 'vitest'
import { modelKey, paperIceModels, paperRseRows, paperScatterPoints, paperSetFor } from '../../../../src/shared/figures/paper-overlay'

describe("the paper's values for overlays", () => {
  it('maps only unmistakable set names to the paper sets', () => {
    expect(paperSetFor('arena-hard')).toBe('ArenaHard')
    expect(paperSetFor('Arena Hard v0.1')).toBe('ArenaHard')
    expect(paperSetFor('NuminaMath-CoT')).toBe('Numina')
    expect(paperSetFor('sharegpt')).toBe('ShareGPT')
    expect(paperSetFor('maths')).toBeUndefined()
    expect(paperSetFor('general')).toBeUndefined()
  })

  it("pairs the two tables' spellings of a model and nothing else", () => {
    expect(modelKey('GLM4-Plus')).toBe(modelKey('GLM-4-Plus'))
    expect(modelKey('Gemini-Flash-2.0')).toBe(modelKey('Gemini-2.0-Flash'))
    expect(modelKey('Phi4')).toBe(modelKey('Phi-4'))
    expect(modelKey('Qwen-Max-0919')).not.toBe(modelKey('Qwen-72B-Instruct'))
  })

  it('the scatter has the eight models in both tables, with their printed values', () => {
    const points = paperScatterPoints()
    expect(points.map((point) => point.model).sort()).toEqual([
      'Claude3.5-Sonnet',
      'DeepSeek-V3',
      'Doubao-Pro-32k',
      'GLM-4-Plus',
      'Gemini-2.0-Flash',
      'Llama3.1-70B-Instruct',
      'Phi-4',
      'Qwen-Max-0919',
    ])
    expect(points.find((point) => point.model === 'GLM-4-Plus')).toEqual({ model: 'GLM-4-Plus', rseAvg: 4.045, iceStrict: 0.3 })
  })

  it("RSE rows give a set's value only for a matching set name, and Avg always", () => {
    const deepseek = paperRseRows().find((row) => row.model === 'DeepSeek-V3')!
    expect(deepseek.set('arena-hard')).toBe(3.926)
    expect(deepseek.set('maths')).toBeUndefined()
    expect(deepseek.avg).toBe(4.102)
    expect(paperIceModels()).toHaveLength(8)
  })
})
