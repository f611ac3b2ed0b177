import { describe, expect, it } from 'vitest'
import { methodsParagraph } from '../../../../../src/main/export/package/methods-paragraph'
import type { PackageSource } from '../../../../../src/main/export/package/package-source'

const sourceWith = (judges: { judge: string } | { judges: string[] }) =>
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
    rse: { items: [{}, {}], answers: [], judgments: [] },
  }) as unknown as PackageSource

describe('the methods paragraph of an RSE run (issue 13)', () => {
  it('names every judge of a panel and states the panel rule', () => {
    const text = methodsParagraph(sourceWith({ judges: ['j1', 'j2', 'j3'] }), '1.0.0')
    expect(text).toContain('A panel of 3 judge models (gpt-4o, claude-3-5-sonnet and gemini-1.5-pro) each rated each student answer')
    expect(text).toContain('the mean of the overall (and each aspect) scores of the judges whose reply could be read')
  })

  it('keeps the single-judge wording for a run with one judge', () => {
    const text = methodsParagraph(sourceWith({ judge: 'j1' }), '1.0.0')
    expect(text).toContain('A judge model, gpt-4o, rated each student answer')
    expect(text).not.toContain('panel')
  })
})
