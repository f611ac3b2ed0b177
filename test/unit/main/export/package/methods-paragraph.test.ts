import { describe, expect, it } from 'vitest'
import { methodsParagraph } from '../../../../../src/main/export/package/methods-paragraph'
import type { PackageSource } from '../../../../../src/main/export/package/package-source'

const sourceWith = (judges: { judge: string } | { judges: string[] }, extra: Record<string, unknown> = {}) =>
  ({
    run: { kind: 'rse' },
    spec: { kind: 'rse', reference: 'ref', students: ['s1'], ...judges, promptSets: [{ name: 'general' }], seed: 7 },
    models: [
      { alias: 'ref', model: 'gpt-4o-2024-08-06' },
      { alias: 's1', model: 'qwen-max' },
      { alias: 'j1', model: 'gpt-4o' },
      { alias: 'j2', model: 'claude-3-5-sonnet' },
      { alias: 'j3', model: 'gemini-1.5-pro' },
    ],
    rse: { items: [{}, {}], answers: [], judgments: [], results: { agreement: 'judges' in judges ? AGREEMENT : undefined } },
    ...extra,
  }) as unknown as PackageSource

const AGREEMENT = { items: 40, alpha: 0.7132, ci: [0.61, 0.8] as const, exact: 0.55, withinOne: 0.975 }

describe('the methods paragraph of an RSE run (issue 13)', () => {
  it('names every judge of a panel and states the panel rule', () => {
    const text = methodsParagraph(sourceWith({ judges: ['j1', 'j2', 'j3'] }), '1.0.0')
    expect(text).toContain('A panel of 3 judge models (gpt-4o, claude-3-5-sonnet and gemini-1.5-pro) each rated each student answer')
    expect(text).toContain('the mean of the overall (and each aspect) scores of the judges whose reply could be read')
    expect(text).toContain(
      "Agreement between the judges over 40 answers: Krippendorff's alpha (ordinal) 0.71 (95% CI 0.61 to 0.80, bootstrap over answers); two judges gave the same score 55.0% of the time and scores at most one point apart 97.5%.",
    )
  })

  it('says when the authors rated items themselves, and where the ratings are', () => {
    const ratings = [1, 2, 3].map((item) => ({ itemKey: String(item), rating: 4, ratedAt: '2026-12-04T12:00:00Z' }))
    expect(methodsParagraph(sourceWith({ judge: 'j1' }, { humanRatings: ratings }), '1.0.0')).toContain(
      "The authors rated 3 items sampled with a seed themselves, without seeing the judges' verdicts; the ratings are in data/human-ratings.jsonl.",
    )
    expect(methodsParagraph(sourceWith({ judge: 'j1' }), '1.0.0')).not.toContain('The authors rated')
  })

  it('keeps the single-judge wording for a run with one judge', () => {
    const text = methodsParagraph(sourceWith({ judge: 'j1' }), '1.0.0')
    expect(text).toContain('A judge model, gpt-4o, rated each student answer')
    expect(text).not.toContain('panel')
    expect(text).not.toContain('Agreement between the judges')
  })
})

const iceSource = (replicates?: number) =>
  ({
    run: { kind: 'ice' },
    spec: {
      kind: 'ice',
      target: 't',
      helper: 'h',
      judge: 'j1',
      preset: 'as-published',
      selection: 'mcts-explore',
      budget: { maxQueries: 1000 },
      seed: 7,
      suspectedVendors: ['OpenAI'],
      ...(replicates !== undefined ? { replicates } : {}),
    },
    models: [
      { alias: 't', model: 'qwen-max' },
      { alias: 'h', model: 'gpt-4o-mini' },
      { alias: 'j1', model: 'gpt-4o' },
    ],
    ice: { results: { replicates: replicates ? Array.from({ length: replicates }, (_, replicate) => ({ replicate, seed: 7 + replicate })) : undefined } },
  }) as unknown as PackageSource

describe('the methods paragraph of an ICE run with fuzzing replicates (issue 16)', () => {
  it('states k replicates, their seeds and how the combined interval is made; nothing for one replicate', () => {
    const text = methodsParagraph(iceSource(3), '1.0.0')
    expect(text).toContain(
      "The fuzzing was repeated in 3 independent replicates, each with the full budget and its own random seed (the first the run's seed, the others derived from it: 7, 8, 9).",
    )
    expect(text).toContain('sqrt(h^2 + s^2)')
    expect(methodsParagraph(iceSource(), '1.0.0')).not.toContain('replicates')
    expect(methodsParagraph(iceSource(1), '1.0.0')).not.toContain('replicates')
  })
})
