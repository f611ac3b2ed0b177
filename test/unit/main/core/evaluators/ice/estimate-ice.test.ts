import { describe, expect, it } from 'vitest'
import { estimateIce } from '../../../../../../src/main/core/evaluators/ice/estimate-ice'
import type { EstimateModel } from '../../../../../../src/main/core/evaluators/rse/estimate'
import { iceSpecSchema } from '../../../../../../src/shared/contract/ice-spec'

const model = (alias: string, prices = { inputPerMTok: 1, outputPerMTok: 2 }, simulated = false): EstimateModel => ({
  alias,
  model: `${alias}-model`,
  kind: 'openai',
  prices,
  simulated,
})
const spec = (extra: Record<string, unknown> = {}) =>
  iceSpecSchema.parse({
    kind: 'ice',
    models: { t: { modelId: 'a' }, h: { modelId: 'b' }, j: { modelId: 'c' }, k: { modelId: 'd' }, l: { modelId: 'e' } },
    target: 't',
    helper: 'h',
    judge: 'j',
    targetFact: 'I am X, made by Y.',
    questions: { builtin: 'identity-en-zh' },
    seeds: { builtin: 'distillscope-roleplay-v1' },
    ...extra,
  })
const inputs = (questions: number) => ({
  questions: { name: 'q', contentHash: 'h', items: Array.from({ length: questions }, (_, i) => ({ id: `q${i}`, text: `Who made you, question ${i}?` })) },
  seeds: { name: 's', contentHash: 'h', items: [{ id: 's1', text: 'Play a role. [INSERT PROMPT HERE]' }] },
  fact: 'I am X, made by Y.',
})

describe('the ICE estimate', () => {
  it("bounds the paper's budget: 1,000 target calls, 20 mutants for 50 questions, a loose and a strict judgement (each with an extraction) per answer", () => {
    const estimate = estimateIce(spec(), inputs(50), { target: model('t'), helper: model('h'), judge: model('j') })
    expect(estimate.calls).toEqual({ target: 1000, helper: 20, judge: 4000 })
    expect(estimate.costUsd).toBeGreaterThan(0)
    expect(estimate.inputTokens).toBeGreaterThan(1000 * 10)
    const noStrict = estimateIce(spec({ strict: false, energy: 2, budget: { maxQueries: 100 } }), inputs(30), {
      target: model('t'),
      helper: model('h'),
      judge: model('j'),
    })
    // Two mutants of 30 questions an iteration: the loop checks its budget between iterations, so 60 < 100 runs a second one.
    expect(noStrict.calls).toEqual({ target: 120, helper: 4, judge: 240 })
    const capped = estimateIce(spec({ strict: false, budget: { maxQueries: 1000, maxIterations: 3 } }), inputs(50), {
      target: model('t'),
      helper: model('h'),
      judge: model('j'),
    })
    expect(capped.calls).toEqual({ target: 150, helper: 3, judge: 300 })
  })

  it('warns when the target judges itself, for simulated models and for models without prices', () => {
    const free = { inputPerMTok: 0, outputPerMTok: 0 }
    const estimate = estimateIce(spec({ judge: 't' }), inputs(5), { target: model('t', free), helper: model('h', free, true), judge: model('t', free) })
    expect(estimate.warnings.join('\n')).toMatch(/target also judges its own answers/)
    expect(estimate.warnings.join('\n')).toMatch(/simulated/)
    expect(estimate.warnings.join('\n')).toMatch(/No prices are set for t-model/)
    expect(estimate.costUsd).toBe(0)
  })

  it('reads the panel: the target anywhere on it judges itself, and a judge of the target’s family is named by the shared rule', () => {
    const onPanel = estimateIce(spec({ judge: undefined, judges: ['j', 't'] }), inputs(5), { target: model('t'), helper: model('h'), judge: model('j') })
    expect(onPanel.warnings[0]).toMatch(/target also judges its own answers/)
    const gpt = (alias: string, id: string): EstimateModel => ({ ...model(alias), model: id })
    const family = estimateIce(spec({ suspectedVendors: ['Anthropic'] }), inputs(5), {
      target: gpt('t', 'gpt-4o'),
      helper: model('h'),
      judge: gpt('j', 'gpt-4o-mini'),
    })
    expect(family.warnings[0]).toMatch(/^The judge “j” \(gpt-4o-mini\) and the target \(gpt-4o\) are both OpenAI models/)
    expect(family.warnings.join('\n')).not.toMatch(/target also judges/)
    const apart = estimateIce(spec({ suspectedVendors: ['Anthropic'] }), inputs(5), {
      target: gpt('t', 'deepseek-chat'),
      helper: model('h'),
      judge: gpt('j', 'gemini-1.5-flash'),
    })
    expect(apart.warnings.some((warning) => warning.startsWith('The judge'))).toBe(false)
  })

  it('asks and prices every judge of a panel: judge calls and judge cost times the panel (issue 13)', () => {
    const one = estimateIce(spec(), inputs(50), { target: model('t'), helper: model('h'), judge: model('j') })
    const panel = spec({ judge: undefined, judges: ['j', 'k', 'l'] })
    const three = estimateIce(panel, inputs(50), { target: model('t'), helper: model('h'), judge: model('j') })
    expect(three.calls).toEqual({ target: 1000, helper: 20, judge: 12000 })
    const judgeCost = (estimate: typeof one) =>
      estimate.costUsd -
      estimateIce(spec(), inputs(50), { target: model('t'), helper: model('h'), judge: model('j', { inputPerMTok: 0, outputPerMTok: 0 }) }).costUsd
    expect(judgeCost(three)).toBeCloseTo(3 * judgeCost(one), 9)
    // Each judge's own prices when they are known: a free second and third judge add nothing.
    const free = { inputPerMTok: 0, outputPerMTok: 0 }
    const priced = estimateIce(panel, inputs(50), {
      target: model('t'),
      helper: model('h'),
      judge: model('j'),
      judges: [model('j'), model('k', free), model('l', free)],
    })
    expect(priced.costUsd).toBeCloseTo(one.costUsd, 9)
    expect(priced.notes.join(' ')).toMatch(/each of the 3 judges/)
  })

  it('warns when the target sits on the judge panel', () => {
    const estimate = estimateIce(spec({ judge: undefined, judges: ['j', 't'] }), inputs(5), { target: model('t'), helper: model('h'), judge: model('j') })
    expect(estimate.warnings.join('\n')).toMatch(/target also judges its own answers/)
  })

  it('counts and prices every fuzzing replicate: k replicates are k times the calls, tokens and cost of one (issue 16)', () => {
    const models = { target: model('t'), helper: model('h'), judge: model('j') }
    const one = estimateIce(spec(), inputs(50), models)
    const three = estimateIce(spec({ replicates: 3 }), inputs(50), models)
    expect(three.calls).toEqual({ target: 3000, helper: 60, judge: 12000 })
    expect(three.inputTokens).toBe(one.inputTokens * 3)
    expect(three.costUsd).toBeCloseTo(one.costUsd * 3, 10)
    expect(three.notes.join(' ')).toMatch(/3 fuzzing replicates, each with the whole budget and its own seed: 3 times the calls and cost of one/)
    expect(one.notes.join(' ')).not.toMatch(/replicates/)
  })
})
