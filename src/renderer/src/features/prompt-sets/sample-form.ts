import type { PromptSet } from '../../../../shared/contract/prompt-sets'
import { formatInteger } from '../../lib/format'
import { parseNumberValue, type NumberValue } from '../../lib/forms'

/*
 * "Draw a sample": the same set, number and seed always give the same prompts in the same order
 * (the backend's seeded draw, which run specs use). No React here.
 */

/** Run specs use seed 1 when none is given, so the helper starts there too. */
export const DEFAULT_SEED = 1
export const MAX_SEED = 2 ** 32 - 1
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
  if (count.kind !== 'number' || !Number.isInteger(count.value) || count.value < 1) errors.n = `Enter a whole number from 1 to ${most}.`
  else if (count.value > itemCount) errors.n = `This set has ${most} prompts; choose at most ${most}.`
  if (seedValue.kind !== 'number' || !Number.isInteger(seedValue.value) || seedValue.value < 0 || seedValue.value > MAX_SEED) {
    errors.seed = `Enter a whole number from 0 to ${formatInteger(MAX_SEED)}.`
  }
  if (errors.n !== undefined || errors.seed !== undefined || count.kind !== 'number' || seedValue.kind !== 'number') return { ok: false, errors }
  return { ok: true, n: count.value, seed: seedValue.value }
}

/** The prompt set entry of a run spec that asks exactly these prompts (docs/spec.md). */
export function runSpecEntry(set: Pick<PromptSet, 'id' | 'name'>, n: number, seed: number): string {
  const name = set.name.trim().slice(0, 80) || set.id
  return JSON.stringify({ name, setId: set.id, sample: n, seed })
}
