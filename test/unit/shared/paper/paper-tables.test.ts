import { describe, expect, it } from 'vitest'
import { PAPER_BASE_VS_INSTRUCT, PAPER_ICE_TABLE } from '../../../../src/shared/paper/ice-table'
import { PAPER_RSE_TABLE } from '../../../../src/shared/paper/rse-table'

describe("the paper's RSE table", () => {
  const sets = PAPER_RSE_TABLE.sets.map((set) => set.key)

  it('has 11 models, three sets, reference GPT4o-0806', () => {
    expect(PAPER_RSE_TABLE.rows).toHaveLength(11)
    expect(sets).toEqual(['ArenaHard', 'Numina', 'ShareGPT'])
    expect(PAPER_RSE_TABLE.reference).toEqual({ name: 'GPT4o-0806', modelId: 'gpt-4o-2024-08-06' })
    expect(PAPER_RSE_TABLE.sets.map((set) => set.prompts)).toEqual([500, 1000, 1000])
  })

  it.each(PAPER_RSE_TABLE.rows.map((row) => [row.model, row] as const))('%s: Avg is the unweighted mean of its three sets (METHOD.md 1.4)', (_model, row) => {
    const unweighted = sets.reduce((sum, set) => sum + row.scores[set], 0) / sets.length
    // Each printed value is rounded to 3 decimals: the mean of three can drift by up to 0.0005
    // from its inputs' rounding, and the printed Avg by another 0.0005.
    expect(Math.abs(unweighted - row.avg)).toBeLessThanOrEqual(0.0015)
  })

  it('rules out the item-weighted mean: it misses the printed Avg for most rows', () => {
    const weights = PAPER_RSE_TABLE.sets.map((set) => set.prompts)
    const total = weights.reduce((a, b) => a + b, 0)
    const misses = PAPER_RSE_TABLE.rows.filter((row) => {
      const weighted = sets.reduce((sum, set, i) => sum + row.scores[set] * (weights[i] ?? 0), 0) / total
      return Math.abs(weighted - row.avg) > 0.0015
    })
    expect(misses.length).toBeGreaterThanOrEqual(8)
  })

  it('is sorted by Avg as printed, every score on the 1-5 scale', () => {
    const avgs = PAPER_RSE_TABLE.rows.map((row) => row.avg)
    expect([...avgs].sort((a, b) => a - b)).toEqual(avgs)
    for (const row of PAPER_RSE_TABLE.rows) for (const set of sets) expect(row.scores[set]).toBeGreaterThanOrEqual(1)
  })
})

describe("the paper's ICE numbers", () => {
  it('has 8 models judged by gpt-4o-mini over 1,000 rows, with hard <= strict <= loose', () => {
    expect(PAPER_ICE_TABLE.rows).toHaveLength(8)
    expect(PAPER_ICE_TABLE.judge).toBe('gpt-4o-mini')
    expect(PAPER_ICE_TABLE.rowsPerModel).toBe(1000)
    for (const row of PAPER_ICE_TABLE.rows) {
      expect(row.hard).toBeLessThanOrEqual(row.strict)
      expect(row.strict).toBeLessThanOrEqual(row.loose)
      expect(row.loose).toBeLessThanOrEqual(1)
    }
    expect(PAPER_ICE_TABLE.rows.find((row) => row.model === 'GLM-4-Plus')).toEqual({ model: 'GLM-4-Plus', loose: 0.42, strict: 0.3, hard: 0.16 })
  })

  it('base models show higher strict ICE than their instruct versions (METHOD.md 2.6)', () => {
    expect(PAPER_BASE_VS_INSTRUCT.rows).toHaveLength(5)
    for (const row of PAPER_BASE_VS_INSTRUCT.rows) expect(row.baseStrict).toBeGreaterThan(row.instructStrict)
    expect(PAPER_BASE_VS_INSTRUCT.rows.find((row) => row.model === 'Qwen2.5-7B')).toMatchObject({ baseStrict: 0.208, instructStrict: 0.001 })
  })

  it('names its source', () => {
    expect(PAPER_ICE_TABLE.source.arxiv).toBe('2501.12619')
    expect(PAPER_RSE_TABLE.source.title).toBe('Quantification of Large Language Model Distillation')
  })
})
