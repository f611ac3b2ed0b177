import { describe, expect, it } from 'vitest'
import { withSetChoice, type RseFieldErrors, type RseFormValues } from '../../../../src/renderer/src/features/runs/rse-form'
import { checkStep } from '../../../../src/renderer/src/features/runs/rse-form-checks'
import { buildRseSpec } from '../../../../src/renderer/src/features/runs/rse-form-spec'
import { toRseSpecInput } from '../../../../src/renderer/src/features/runs/rse-spec-input'
import { rseSpecSchema } from '../../../../src/shared/contract/run-spec'
import { context, filled, model, promptSet } from './rse-fixtures'

/*
 * The message lives once: for each bound, what the wizard shows next to its field is exactly what
 * the contract's schema says about the same value in a spec (what a command-line user reads).
 */

/** The contract's message at `path` for `spec` (a valid spec with one value changed). */
function contractMessage(schema: typeof rseSpecSchema, spec: unknown, path: string): string | undefined {
  const result = schema.safeParse(spec)
  return result.success ? undefined : result.error.issues.find((issue) => issue.path.join('.').startsWith(path))?.message
}

function rseSpec(values: RseFormValues = filled()): Record<string, unknown> {
  const built = buildRseSpec(values, context)
  if (!built.ok) throw new Error(`expected a spec, got ${JSON.stringify(built.errors)}`)
  return built.spec as Record<string, unknown>
}

const many = Array.from({ length: 51 }, (_, index) => model(`m-${index}`, `Student ${index}`, `student-${index}`))
const manySets = Array.from({ length: 21 }, (_, index) => promptSet(`set-${index}`, `Set ${index}`, 10))

describe('the RSE wizard shows the contract’s message for each bound', () => {
  const spec = rseSpec()
  const cases: readonly {
    readonly name: string
    readonly form: () => RseFieldErrors
    readonly spec: Record<string, unknown>
    readonly path: string
    readonly field: string
  }[] = [
    {
      name: 'a long name',
      form: () => checkStep('options', { ...filled(), name: 'n'.repeat(121) }, context),
      spec: { ...spec, name: 'n'.repeat(121) },
      path: 'name',
      field: 'name',
    },
    {
      name: 'concurrency 0',
      form: () => checkStep('options', { ...filled(), concurrency: 0 }, context),
      spec: { ...spec, concurrency: 0 },
      path: 'concurrency',
      field: 'concurrency',
    },
    {
      name: 'concurrency 300',
      form: () => checkStep('options', { ...filled(), concurrency: 300 }, context),
      spec: { ...spec, concurrency: 300 },
      path: 'concurrency',
      field: 'concurrency',
    },
    {
      name: 'concurrency 2.5',
      form: () => checkStep('options', { ...filled(), concurrency: 2.5 }, context),
      spec: { ...spec, concurrency: 2.5 },
      path: 'concurrency',
      field: 'concurrency',
    },
    {
      name: 'a budget of 0',
      form: () => checkStep('options', { ...filled(), budgetUsd: 0 }, context),
      spec: { ...spec, budgetUsd: 0 },
      path: 'budgetUsd',
      field: 'budgetUsd',
    },
    {
      name: 'a budget too high',
      form: () => checkStep('options', { ...filled(), budgetUsd: 2e6 }, context),
      spec: { ...spec, budgetUsd: 2e6 },
      path: 'budgetUsd',
      field: 'budgetUsd',
    },
    { name: 'a negative seed', form: () => checkStep('options', { ...filled(), seed: -1 }, context), spec: { ...spec, seed: -1 }, path: 'seed', field: 'seed' },
    {
      name: 'a seed too large',
      form: () => checkStep('options', { ...filled(), seed: 2 ** 32 }, context),
      spec: { ...spec, seed: 2 ** 32 },
      path: 'seed',
      field: 'seed',
    },
    {
      name: 'a long judge prompt',
      form: () => checkStep('options', { ...filled(), customJudgePrompt: true, judgePrompt: 'x'.repeat(20_001) }, context),
      spec: { ...spec, judgePrompt: 'x'.repeat(20_001) },
      path: 'judgePrompt',
      field: 'judgePrompt',
    },
    {
      name: 'a set’s seed out of range',
      form: () => checkStep('sets', withSetChoice(filled(), context.promptSets[0]!, { seed: -1 }), context),
      spec: { ...spec, promptSets: [{ name: 'a', setId: 'builtin-general-v1', seed: -1 }] },
      path: 'promptSets.0.seed',
      field: 'seed:builtin-general-v1',
    },
    {
      name: 'no students',
      form: () => checkStep('students', { ...filled(), studentIds: [] }, context),
      spec: { ...spec, students: [] },
      path: 'students',
      field: 'students',
    },
    {
      name: 'more than 50 students',
      form: () => checkStep('students', { ...filled(), studentIds: many.map((one) => one.id) }, { ...context, models: [...context.models, ...many] }),
      // The spec the wizard would send, which a person could write too.
      spec: toRseSpecInput({ ...filled(), studentIds: many.map((one) => one.id) }, { ...context, models: [...context.models, ...many] }).spec,
      path: 'students',
      field: 'students',
    },
    {
      name: 'the reference as a student',
      form: () => checkStep('students', { ...filled(), studentIds: ['m-ref'] }, context),
      spec: { ...spec, students: [spec.reference] },
      path: 'students',
      field: 'students',
    },
    {
      name: 'no prompt sets',
      form: () => checkStep('sets', { ...filled(), sets: {} }, context),
      spec: { ...spec, promptSets: [] },
      path: 'promptSets',
      field: 'sets',
    },
    {
      name: 'more than 20 prompt sets',
      form: () =>
        checkStep(
          'sets',
          manySets.reduce((values, set) => withSetChoice(values, set, { selected: true }), filled()),
          { ...context, promptSets: manySets },
        ),
      spec: { ...spec, promptSets: manySets.map((set) => ({ name: set.name, setId: set.id })) },
      path: 'promptSets',
      field: 'sets',
    },
  ]

  it.each(cases)('$name', ({ form, spec: wrong, path, field }) => {
    const message = contractMessage(rseSpecSchema, wrong, path)
    expect(message).toBeDefined()
    expect(form()[field as keyof RseFieldErrors]).toBe(message)
  })
})
