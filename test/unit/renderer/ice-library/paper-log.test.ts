import { describe, expect, it } from 'vitest'
import {
  comparisonLines,
  comparisonNotes,
  guessPaperModel,
  paperCitation,
  paperRow,
  unmatchedText,
} from '../../../../src/renderer/src/features/ice-library/paper-log'
import type { PaperLogSummary } from '../../../../src/shared/contract/ice-library'

const rate = (count: number, n: number, low: number, high: number) => ({
  count,
  n,
  rate: count / n,
  low,
  high,
  ciMethod: 'wilson' as const,
  rowsIndependent: { low, high, ciMethod: 'wilson' as const },
  paper: { n, rate: count / n },
})

const SUMMARY: PaperLogSummary = {
  rows: 1000,
  loose: rate(340, 1000, 0.311, 0.37),
  strict: rate(220, 1000, 0.195, 0.247),
  hard: rate(20, 1000, 0.013, 0.031),
  unmatched: [],
  warnings: [],
}

describe('guessPaperModel', () => {
  it('recognises the paper’s model from a log’s file name', () => {
    expect(guessPaperModel('DeepSeek-V3.jsonl')).toBe('DeepSeek-V3')
    expect(guessPaperModel('glm_4_plus_attack_log.jsonl')).toBe('GLM-4-Plus')
    expect(guessPaperModel('results/qwen-max-0919.jsonl')).toBe('Qwen-Max-0919')
    expect(guessPaperModel('phi4.jsonl')).toBe('Phi-4')
    expect(guessPaperModel('claude.jsonl')).toBe('Claude3.5-Sonnet')
  })

  it('guesses nothing when the name names no model, or several', () => {
    expect(guessPaperModel('attack.jsonl')).toBeUndefined()
    expect(guessPaperModel('deepseek-vs-qwen.jsonl')).toBeUndefined()
    expect(guessPaperModel('.jsonl')).toBeUndefined()
  })
})

describe('comparisonLines', () => {
  it('puts the published value beside each rate and says whether it lies within the interval, allowing for its rounding', () => {
    const lines = comparisonLines(SUMMARY, paperRow('DeepSeek-V3')!)
    expect(lines).toEqual([
      { measure: 'loose', yours: '0.340 (0.311–0.370)', paper: '0.34', agrees: true },
      { measure: 'strict', yours: '0.220 (0.195–0.247)', paper: '0.22', agrees: true },
      // 0.07 is far above 0.031 + 0.005.
      { measure: 'hard', yours: '0.020 (0.013–0.031)', paper: '0.07', agrees: false },
    ])
  })

  it('says what is missing without a strict CSV', () => {
    const lines = comparisonLines({ ...SUMMARY, strict: null, hard: null }, paperRow('Phi-4')!)
    expect(lines[1]).toEqual({ measure: 'strict', yours: 'Needs the strict CSV', paper: '0.14', agrees: undefined })
  })
})

describe('notes', () => {
  it('warns when the log does not have the paper’s 1,000 rows', () => {
    expect(comparisonNotes(SUMMARY)).toHaveLength(1)
    expect(comparisonNotes({ ...SUMMARY, rows: 980 })[0]).toMatch(/this log has 980/)
  })

  it('cites the paper and names the unmatched line', () => {
    expect(paperCitation()).toBe('Lee et al., “Quantification of Large Language Model Distillation”, ACL 2025 (long paper), arXiv 2501.12619.')
    expect(unmatchedText({ line: 12, reason: 'no attack row has this template and question' })).toBe('Line 12: no attack row has this template and question')
  })
})
