import { describe, expect, it } from 'vitest'
import { modelOptionLabel } from '../../../../src/renderer/src/features/runs/model-option-label'
import type { Model, Provider } from '../../../../src/shared/contract/index'

const providers = [{ id: 'sim', preset: 'simulator' } as Provider, { id: 'real', preset: 'openai' } as Provider]
const model = (name: string, id: string, providerId: string) => ({ id: `m-${name}`, name, model: id, providerId }) as Model

describe('model options (issue 18 item 4)', () => {
  it('show a model once: its name, then its id only when the name is something else', () => {
    expect(modelOptionLabel(model('sim-judge', 'sim-judge', 'sim'), providers)).toBe('sim-judge — simulated')
    expect(modelOptionLabel(model('Demo judge', 'sim-judge', 'sim'), providers)).toBe('Demo judge (sim-judge) — simulated')
    expect(modelOptionLabel(model('GPT-4o', 'gpt-4o', 'real'), providers)).toBe('GPT-4o')
    expect(modelOptionLabel(model('My GPT', 'gpt-4o', 'real'), providers)).toBe('My GPT (gpt-4o)')
    // A name that already says "simulated" gets no second word.
    expect(modelOptionLabel(model('Offline demo judge (simulated)', 'sim-judge', 'sim'), providers)).toBe('Offline demo judge (simulated) (sim-judge)')
  })
})
