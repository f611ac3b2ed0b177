import { describe, expect, it } from 'vitest'
import { methodsParagraph } from '../../../../../src/main/export/package/methods-paragraph'
import type { PackageSource } from '../../../../../src/main/export/package/package-source'
import type { RseResults } from '../../../../../src/shared/contract/results'

/** Issue 16: the methods paragraph of an RSE run says how its ceiling and floor, samples and position check were made. */
const ANCHOR = { sets: [], mean: 4.71, ci: { low: 4.6, high: 4.8 } }
const FLOOR = { sets: [], mean: 1.32, ci: { low: 1.25, high: 1.41 } }

function sourceWith(results: Partial<RseResults>, spec: Record<string, unknown> = {}) {
  return {
    run: { kind: 'rse' },
    spec: { kind: 'rse', reference: 'ref', students: ['s1', 's2'], judge: 'j1', promptSets: [{ name: 'general' }], seed: 7, ...spec },
    models: [
      { alias: 'ref', model: 'gpt-4o-2024-08-06' },
      { alias: 's1', model: 'qwen-max' },
      { alias: 's2', model: 'deepseek-chat' },
      { alias: 'j1', model: 'gpt-4o' },
      { alias: 'j2', model: 'claude-3-5-sonnet' },
    ],
    rse: { items: [{}, {}], answers: [], judgments: [], results: { students: [], ...results } },
  } as unknown as PackageSource
}

describe('the methods paragraph of issue 16’s checks', () => {
  it('says nothing of them for a run without them', () => {
    const text = methodsParagraph(sourceWith({}), '1.0.0')
    expect(text).not.toContain('ceiling')
    expect(text).not.toContain('times;')
    expect(text).not.toContain('position')
  })

  it('describes the ceiling, the floor, the normalised formula and the joint resampling, with a greedy reference’s caveat', () => {
    const calibration = { ceiling: ANCHOR, floor: FLOOR, referenceGreedy: true, identicalSamples: 25, samplePairs: 30 }
    const text = methodsParagraph(sourceWith({ calibration }, { calibration: true }), '1.0.0')
    expect(text).toContain("a ceiling, the reference model's second answer to each prompt judged against its first (mean 4.71 (95% CI 4.60 to 4.80))")
    expect(text).toContain('a floor, each student')
    expect(text).toContain('(mean 1.32 (95% CI 1.25 to 1.41))')
    expect(text).toContain('normalised RSE = (mean - floor) / (ceiling - floor)')
    expect(text).toContain('the ceiling and the floor jointly')
    expect(text).toContain('The reference answered at temperature 0, so its second answer was often its first again (25 of 30 identical)')
    const sampled = methodsParagraph(sourceWith({ calibration: { ...calibration, referenceGreedy: false, identicalSamples: 2 } }), '1.0.0')
    expect(sampled).not.toContain('temperature 0, so')
    expect(sampled).toContain('2 of 30 second reference answers were identical to the first.')
  })

  it('says how many answers each student gave, and each student’s within-prompt spread', () => {
    const students = [
      { alias: 's1', model: 'qwen-max', sets: [], withinPromptSd: 0.42 },
      { alias: 's2', model: 'deepseek-chat', sets: [] },
    ]
    const text = methodsParagraph(sourceWith({ studentSamples: 3, students } as Partial<RseResults>, { studentSamples: 3 }), '1.0.0')
    expect(text).toContain("Each student answered each prompt 3 times; every answer was judged and an item's score is the mean of its 3 scores")
    expect(text).toContain("The mean within-prompt standard deviation of a student's scores was qwen-max 0.42.")
  })

  it('gives each judge’s position shift and says which favours one position', () => {
    const positionCheck = {
      judges: [
        { judge: 'j1', items: 48, meanShift: 0.21, ci: { low: 0.08, high: 0.34 }, flagged: true },
        { judge: 'j2', items: 50, meanShift: -0.02, ci: { low: -0.1, high: 0.06 }, flagged: false },
      ],
    }
    const text = methodsParagraph(sourceWith({ positionCheck }, { judges: ['j1', 'j2'], judge: undefined, positionCheck: 50 }), '1.0.0')
    expect(text).toContain("50 judged (student, prompt) pairs drawn with the run's seed were judged again with the two answers' roles swapped")
    expect(text).toContain(
      'gpt-4o +0.21 (95% CI 0.08 to 0.34) over 48 items, so it favours one position; claude-3-5-sonnet -0.02 (95% CI -0.10 to 0.06) over 50 items.',
    )
    expect(text).not.toContain("No judge's interval excluded 0.")
    const calm = { judges: [positionCheck.judges[1]!] }
    expect(methodsParagraph(sourceWith({ positionCheck: calm }, { positionCheck: 50 }), '1.0.0')).toContain("No judge's interval excluded 0.")
  })
})
