import { describe, expect, it } from 'vitest'
import { emptyRseForm, withSetChoice } from '../../../../src/renderer/src/features/runs/rse-form'
import { toRseSpecInput } from '../../../../src/renderer/src/features/runs/rse-spec-input'
import { context, filled, sets } from './rse-fixtures'

describe('the spec the values make, as typed', () => {
  it('leaves out numbers that are empty or not numbers, for the form to name', () => {
    const values = withSetChoice({ ...filled(), concurrency: '', budgetUsd: 'five', seed: 'x' }, sets[0]!, { seed: '' })
    const { spec } = toRseSpecInput(values, context)
    expect(spec).not.toHaveProperty('concurrency')
    expect(spec).not.toHaveProperty('budgetUsd')
    expect(spec).not.toHaveProperty('seed')
    expect(spec.promptSets[0]).toEqual({ name: 'General reasoning', setId: 'builtin-general-v1' })
  })

  it('passes numbers on as they are, for the contract to judge', () => {
    const values = withSetChoice({ ...filled(), concurrency: 2.5, seed: -1 }, sets[0]!, { sample: 0 })
    const { spec } = toRseSpecInput(values, context)
    expect(spec).toMatchObject({ concurrency: 2.5, seed: -1 })
    expect(spec.promptSets[0]).toMatchObject({ sample: 0 })
  })

  it('names a model not chosen, or no longer saved, with an empty alias the contract refuses', () => {
    const { spec, aliases } = toRseSpecInput({ ...emptyRseForm(), studentIds: ['m-ds', 'gone'] }, context)
    expect(spec).toMatchObject({ reference: '', students: ['DeepSeek_V3', ''], judge: '', models: { DeepSeek_V3: { modelId: 'm-ds' } } })
    expect([...aliases.keys()]).toEqual(['m-ds'])
  })

  it('writes one judge as "judge" (a spec as before panels, same hash) and several as "judges", in the order chosen', () => {
    const one = toRseSpecInput({ ...filled(), judgeIds: ['m-claude'] }, context).spec
    expect(one.judge).toBe('Claude')
    expect(one).not.toHaveProperty('judges')
    const two = toRseSpecInput({ ...filled(), judgeIds: ['m-mini', 'm-claude'] }, context).spec
    expect(two.judges).toEqual(['GPT-4o_mini', 'Claude'])
    expect(two).not.toHaveProperty('judge')
    expect(Object.keys(two.models)).toContain('GPT-4o_mini')
  })
})
