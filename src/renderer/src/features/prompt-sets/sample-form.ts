import type { PromptSet } from '../../../../shared/contract/prompt-sets'
import { DEFAULT_RUN_SEED, MAX_SEED, rangeMessage, seedSchema, WHOLE_NUMBER_MESSAGE } from '../../../../shared/contract/run-spec-fields'
import { formatInteger } from '../../lib/format'
import { parseNumberValue, type NumberValue } from '../../lib/forms'

/*
 * "Draw a sample": the same set, number and seed always give the same prompts in the same order
 * (the backend's seeded draw, which run specs use). No React here.
 */

/** Run specs use seed 1 when none is given, so the helper starts there too. */
export const DEFAULT_SEED = DEFAULT_RUN_SEED
export { MAX_SEED }
/** The paper sampled 1,000 prompts of its larger sets; a small default keeps the list readable. */
export const DEFAULT_SAMPLE_SIZE = 10

export function defaultSampleSize(itemCount: number): number {
  return Math.max(1, Math.min(DEFAULT_SAMPLE_SIZE, itemCount))
}

export type SampleField = 'n' | 'seed'

export type CheckedSample =
  { readonly ok: true; readonly n: number; readonly seed: number } | { readonly ok: false; readonly errors: Partial<Record<SampleField, string>> }

export function checkSample(n: NumberValue, seed: NumberValue, itemCount: number): CheckedSample {
  const errors: Partial<Record<SampleField, string>> = {}
  const count = parseNumberValue(n)
  const seedValue = parseNumberValue(seed)
  const most = formatInteger(itemCount)
  if (count.kind !== 'number' || count.value < 1) errors.n = rangeMessage(1, itemCount)
  else if (!Number.isInteger(count.value)) errors.n = WHOLE_NUMBER_MESSAGE
  else if (count.value > itemCount) errors.n = `This set has ${most} prompts; choose at most ${most}.`
  // The seed is checked by the run spec's own rule, so the helper and the wizards say the same.
  const seedProblem = seedValue.kind === 'number' ? seedSchema.safeParse(seedValue.value).error?.issues[0]?.message : rangeMessage(0, MAX_SEED)
  if (seedProblem !== undefined) errors.seed = seedProblem
  if (errors.n !== undefined || errors.seed !== undefined || count.kind !== 'number' || seedValue.kind !== 'number') return { ok: false, errors }
  return { ok: true, n: count.value, seed: seedValue.value }
}

/** The prompt set entry of a run spec that asks exactly these prompts (docs/spec.md). */
export function runSpecEntry(set: Pick<PromptSet, 'id' | 'name'>, n: number, seed: number): string {
  const name = set.name.trim().slice(0, 80) || set.id
  return JSON.stringify({ name, setId: set.id, sample: n, seed })
}
