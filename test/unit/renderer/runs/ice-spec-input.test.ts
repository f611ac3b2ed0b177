import { describe, expect, it } from 'vitest'
import { emptyIceForm } from '../../../../src/renderer/src/features/runs/ice/ice-form'
import { toIceSpecInput } from '../../../../src/renderer/src/features/runs/ice/ice-spec-input'
import { context, filled } from './ice-fixtures'

describe('the ICE spec the values make, as typed', () => {
  it('leaves out numbers that are empty or not numbers, and sources not chosen, for the form to name', () => {
    const { spec } = toIceSpecInput({ ...filled(), maxQueries: '', budgetUsd: 'five', seed: 'x', concurrency: '', questions: 'nothing' }, context)
    for (const key of ['budget', 'budgetUsd', 'seed', 'concurrency']) expect(spec).not.toHaveProperty(key)
    expect(spec.questions).toBeUndefined()
  })

  it('passes numbers on as they are, for the contract to judge', () => {
    expect(toIceSpecInput({ ...filled(), maxQueries: 2.5, seed: -1 }, context).spec).toMatchObject({ budget: { maxQueries: 2.5 }, seed: -1 })
  })

  it('names a model not chosen, or no longer saved, with an empty alias the contract refuses', () => {
    const { spec, aliases } = toIceSpecInput({ ...emptyIceForm(), helperId: 'gone', judgeIds: ['m-mini'] }, context)
    expect(spec).toMatchObject({ target: '', helper: '', judge: 'GPT-4o_mini', models: { 'GPT-4o_mini': { modelId: 'm-mini' } } })
    expect([...aliases.keys()]).toEqual(['m-mini'])
  })

  it('writes one judge as "judge" and several as "judges", a model in two roles keeping one alias', () => {
    const one = toIceSpecInput(filled(), context).spec
    expect(one.judge).toBe('GPT-4o_mini')
    expect(one).not.toHaveProperty('judges')
    const three = toIceSpecInput({ ...filled(), judgeIds: ['m-judge', 'm-mini', 'm-odd'] }, context).spec
    expect(three.judges).toEqual(['Demo_judge', 'GPT-4o_mini', 'Home-made'])
    expect(three).not.toHaveProperty('judge')
    expect(Object.keys(three.models).sort()).toEqual(['Demo_judge', 'GPT-4o_mini', 'Home-made', 'Qwen_Max'])
  })

  it('writes replicates only beyond one, so a one-replicate spec is the spec as before (issue 16)', () => {
    expect('replicates' in toIceSpecInput(filled(), context).spec).toBe(false)
    expect(toIceSpecInput({ ...filled(), replicates: 3 }, context).spec).toMatchObject({ replicates: 3 })
    expect(toIceSpecInput({ ...filled(), replicates: 0 }, context).spec).toMatchObject({ replicates: 0 })
  })
})
