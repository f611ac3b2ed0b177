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
    const { spec, aliases } = toIceSpecInput({ ...emptyIceForm(), helperId: 'gone', judgeId: 'm-mini' }, context)
    expect(spec).toMatchObject({ target: '', helper: '', judge: 'GPT-4o_mini', models: { 'GPT-4o_mini': { modelId: 'm-mini' } } })
    expect([...aliases.keys()]).toEqual(['m-mini'])
  })
})
