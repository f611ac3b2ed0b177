import { describe, expect, it } from 'vitest'
import { DEMO_PROMPT_SET_ID, iceDemoDefaults, onlyDemoModels, rseDemoDefaults } from '../../../../../src/renderer/src/lib/models/demo-defaults'
import { DEMO_MODELS, type DemoRole } from '../../../../../src/renderer/src/lib/models/demo-models'

const sim = { id: 'sim', preset: 'simulator' as const }
const real = { id: 'openai', preset: 'openai' as const }

/** The demo's models on the simulated provider, ids `m-<role>`, leaving out `missing`. */
function demo(missing: readonly DemoRole[] = []) {
  return DEMO_MODELS.filter((entry) => !missing.includes(entry.role)).map((entry) => ({ id: `m-${entry.role}`, providerId: 'sim', model: entry.model }))
}

describe('rseDemoDefaults', () => {
  it('chooses the demo reference, its two students, its standard judge and the general set', () => {
    expect(rseDemoDefaults(demo(), [sim])).toEqual({
      referenceId: 'm-reference',
      studentIds: ['m-studentClose', 'm-studentFar'],
      judgeIds: ['m-judge'],
      sets: { [DEMO_PROMPT_SET_ID]: { selected: true, sample: '', seed: 1 } },
    })
  })

  it('falls back to another demo judge, and leaves a missing role empty', () => {
    const chosen = rseDemoDefaults(demo(['judge', 'studentFar']), [sim])
    expect(chosen).toMatchObject({ judgeIds: ['m-judgeJson'], studentIds: ['m-studentClose'] })
    expect(rseDemoDefaults(demo(['reference']), [sim])).not.toHaveProperty('referenceId')
  })

  it('chooses nothing once the person has a model of their own, or no demo model', () => {
    const mine = { id: 'gpt', providerId: 'openai', model: 'gpt-4o' }
    expect(rseDemoDefaults([...demo(), mine], [sim, real])).toEqual({})
    expect(rseDemoDefaults([], [sim])).toEqual({})
    // Simulated, but not the demo's personas: nothing to choose.
    expect(rseDemoDefaults([{ id: 'x', providerId: 'sim', model: 'sim-student-0.5' }], [sim])).toEqual({})
  })

  it('does not take a sim-reference on a provider that is not simulated for the demo', () => {
    expect(onlyDemoModels([{ id: 'r', providerId: 'openai', model: 'sim-reference' }], [sim, real])).toBe(false)
    expect(onlyDemoModels([], [sim])).toBe(false)
  })
})

describe('iceDemoDefaults', () => {
  it('chooses the often off-script target, the rewriter and the judge', () => {
    expect(iceDemoDefaults(demo(), [sim])).toEqual({ targetId: 'm-leaky', helperId: 'm-helper', judgeIds: ['m-judge'] })
  })

  it('falls back to the loyal target, and chooses nothing beside a model of the person’s own', () => {
    expect(iceDemoDefaults(demo(['leaky']), [sim])).toMatchObject({ targetId: 'm-loyal' })
    expect(iceDemoDefaults([...demo(), { id: 'gpt', providerId: 'openai', model: 'gpt-4o' }], [sim, real])).toEqual({})
  })
})
