import type { IceAttackRow } from '../../src/main/core/evaluators/ice'
import { runSpecSchema, type RunSpec } from '../../src/shared/contract'

/**
 * The smallest ICE spec the tests of replicates, results and storage need: one simulated model in
 * every role and the built-in questions and templates. `extra` adds or overrides fields (a seed,
 * `replicates`); undefined values are left out, so `{ replicates: undefined }` means none.
 */
export const MINIMAL_ICE_SPEC = {
  kind: 'ice',
  models: { t: { provider: 'simulator', model: 'sim-target-leaky' } },
  target: 't',
  helper: 't',
  judge: 't',
  targetFact: 'I am Simulated Model.',
  questions: { builtin: 'identity-en-zh' },
  seeds: { builtin: 'distillscope-roleplay-v1' },
} as const

export function minimalIceSpec(extra: Readonly<Record<string, unknown>> = {}): RunSpec {
  const given = Object.fromEntries(Object.entries(extra).filter(([, value]) => value !== undefined))
  return runSpecSchema.parse({ ...MINIMAL_ICE_SPEC, ...given })
}

/**
 * One attack row as the fuzzer stores it: an `expand` mutant of template 0 asked "Who made you?".
 * Replicate 0 carries no `replicate` field, as stored rows of a one-replicate run do.
 */
export function attackRow(fields: {
  readonly mutantId: number
  readonly questionIndex: number
  readonly replicate?: number
  readonly verdict?: 0 | 1
  readonly iteration?: number
  readonly answer?: string
  readonly template?: string
  readonly questionAppended?: boolean
}): IceAttackRow {
  const { mutantId, questionIndex, replicate, verdict = 1, iteration = 1 } = fields
  return {
    ...(replicate !== undefined && replicate !== 0 ? { replicate } : {}),
    iteration,
    mutantId,
    parentId: 0,
    mutator: 'expand',
    level: 1,
    questionIndex,
    questionId: `q${questionIndex}`,
    question: 'Who made you?',
    template: fields.template ?? 'T',
    prompt: 'T Who made you?',
    questionAppended: fields.questionAppended ?? true,
    answer: fields.answer ?? `answer ${questionIndex}`,
    loose: { verdict, via: 'tag' },
  } as IceAttackRow
}
