import { describe, expect, it } from 'vitest'
import { METHOD_TERM_IDS, METHOD_TERMS, termsIn } from '../../../../src/renderer/src/lib/method-terms'
import { POLICIES, PRESETS, policyLabel, presetLabel, judgeSemanticsLabel } from '../../../../src/renderer/src/lib/runs/ice-labels'
import { MEASURE_INFO } from '../../../../src/renderer/src/features/results/ice/ice-results-format'

describe('method terms', () => {
  it('explains each term in one plain sentence that names it', () => {
    for (const id of METHOD_TERM_IDS) {
      const { term, explanation } = METHOD_TERMS[id]
      expect(explanation.toLowerCase()).toContain(term.toLowerCase())
      // One sentence: a single full stop, at the end.
      expect(explanation.match(/\.(\s|$)/g)).toHaveLength(1)
      expect(explanation.endsWith('.')).toBe(true)
      expect(explanation.length).toBeLessThan(260)
    }
  })

  it('finds the terms in the labels the wizard and the results show', () => {
    expect(termsIn(presetLabel('as-published'))).toEqual(['as-published'])
    expect(termsIn(presetLabel('gptfuzz-original'))).toEqual(['gptfuzz'])
    expect(termsIn(policyLabel('mcts-explore'))).toEqual(['mcts-explore'])
    expect(termsIn(policyLabel('ucb'))).toEqual(['ucb'])
    expect(termsIn(policyLabel('exp3'))).toEqual(['exp3'])
    expect(termsIn(judgeSemanticsLabel('as-published'))).toEqual(['as-published'])
    expect(termsIn('Hard positives')).toEqual(['hard-positive'])
    expect(termsIn(policyLabel('random'))).toEqual([])
    // Whole words only: "sucb" or "GPTFuzzer" are not the terms.
    expect(termsIn('sucb')).toEqual([])
  })

  it('is the one source the wizard and the results reuse', () => {
    expect(PRESETS['as-published'].description.startsWith(METHOD_TERMS['as-published'].explanation)).toBe(true)
    expect(POLICIES['mcts-explore'].description.startsWith(METHOD_TERMS['mcts-explore'].explanation)).toBe(true)
    expect(POLICIES.ucb.description).toBe(METHOD_TERMS.ucb.explanation)
    expect(POLICIES.exp3.description).toBe(METHOD_TERMS.exp3.explanation)
    expect(MEASURE_INFO.hard.description).toContain(METHOD_TERMS['hard-positive'].explanation)
  })
})
