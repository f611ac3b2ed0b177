import { describe, expect, it } from 'vitest'
import {
  withFactText,
  withKeywords,
  withVendors,
  type IceFieldErrors,
  type IceFormValues,
  type IceStep,
} from '../../../../src/renderer/src/features/runs/ice/ice-form'
import { checkIceStep } from '../../../../src/renderer/src/features/runs/ice/ice-form-checks'
import { buildIceSpec } from '../../../../src/renderer/src/features/runs/ice/ice-form-spec'
import { TARGET_FACT_MISSING, iceSpecSchema } from '../../../../src/shared/contract/ice-spec'
import { context, filled } from './ice-fixtures'

/*
 * The message lives once: for each bound, what the ICE wizard shows next to its field is exactly
 * what the contract's schema says about the same value in a spec (what a command-line user reads).
 */

function contractMessage(spec: unknown, path: string): string | undefined {
  const result = iceSpecSchema.safeParse(spec)
  return result.success ? undefined : result.error.issues.find((issue) => issue.path.join('.').startsWith(path))?.message
}

const built = buildIceSpec(filled(), context)
if (!built.ok) throw new Error('expected a spec')
const spec = built.spec as Record<string, unknown>

interface Case {
  readonly name: string
  readonly step: IceStep
  readonly values: IceFormValues
  readonly field: keyof IceFieldErrors
  readonly spec: Record<string, unknown>
  readonly path: string
}

const vendors = Array.from({ length: 21 }, (_, index) => `Vendor ${index}`)
const keywords = Array.from({ length: 51 }, (_, index) => `k${index}`)
const longFact = `I am Qwen. ${'x'.repeat(2000)}`

const cases: readonly Case[] = [
  {
    name: 'a long fact',
    step: 'target',
    values: withFactText(filled(), longFact, context),
    field: 'fact',
    spec: { ...spec, targetFact: longFact },
    path: 'targetFact',
  },
  {
    name: 'no vendor',
    step: 'models',
    values: withVendors(filled(), []),
    field: 'suspectedVendors',
    spec: { ...spec, suspectedVendors: [] },
    path: 'suspectedVendors',
  },
  {
    name: '21 vendors',
    step: 'models',
    values: withVendors(filled(), vendors),
    field: 'suspectedVendors',
    spec: { ...spec, suspectedVendors: vendors },
    path: 'suspectedVendors',
  },
  {
    name: 'a blank vendor',
    step: 'models',
    values: withVendors(filled(), ['OpenAI', ' ']),
    field: 'suspectedVendors',
    spec: { ...spec, suspectedVendors: ['OpenAI', ' '] },
    path: 'suspectedVendors',
  },
  { name: 'no keyword', step: 'models', values: withKeywords(filled(), []), field: 'hardKeywords', spec: { ...spec, hardKeywords: [] }, path: 'hardKeywords' },
  {
    name: '51 keywords',
    step: 'models',
    values: withKeywords(filled(), keywords),
    field: 'hardKeywords',
    spec: { ...spec, hardKeywords: keywords },
    path: 'hardKeywords',
  },
  { name: 'no mutator', step: 'method', values: { ...filled(), mutators: [] }, field: 'mutators', spec: { ...spec, mutators: [] }, path: 'mutators' },
  {
    name: 'no queries',
    step: 'budget',
    values: { ...filled(), maxQueries: 0 },
    field: 'maxQueries',
    spec: { ...spec, budget: { maxQueries: 0 } },
    path: 'budget',
  },
  {
    name: 'queries 2.5',
    step: 'budget',
    values: { ...filled(), maxQueries: 2.5 },
    field: 'maxQueries',
    spec: { ...spec, budget: { maxQueries: 2.5 } },
    path: 'budget',
  },
  { name: 'a budget of 0', step: 'budget', values: { ...filled(), budgetUsd: 0 }, field: 'budgetUsd', spec: { ...spec, budgetUsd: 0 }, path: 'budgetUsd' },
  { name: 'a negative seed', step: 'budget', values: { ...filled(), seed: -1 }, field: 'seed', spec: { ...spec, seed: -1 }, path: 'seed' },
  {
    name: 'concurrency 1000',
    step: 'budget',
    values: { ...filled(), concurrency: 1000 },
    field: 'concurrency',
    spec: { ...spec, concurrency: 1000 },
    path: 'concurrency',
  },
  {
    name: 'a long name',
    step: 'budget',
    values: { ...filled(), name: 'n'.repeat(121) },
    field: 'name',
    spec: { ...spec, name: 'n'.repeat(121) },
    path: 'name',
  },
]

describe('the ICE wizard shows the contract’s message for each bound', () => {
  it.each(cases)('$name', ({ step, values, field, spec: wrong, path }) => {
    const message = contractMessage(wrong, path)
    expect(message).toBeDefined()
    expect(checkIceStep(step, values, context)[field]).toBe(message)
  })

  it('an empty fact: the contract’s message, which the wizard’s begins with', () => {
    expect(contractMessage({ ...spec, targetFact: ' ' }, 'targetFact')).toBe(TARGET_FACT_MISSING)
    expect(checkIceStep('target', withFactText(filled(), ' ', context), context).fact?.startsWith(TARGET_FACT_MISSING)).toBe(true)
  })
})
