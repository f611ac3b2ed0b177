import type { IceSetSummary } from '../../../../../shared/contract/index'
import type { IceFormValues } from './ice-form'

/**
 * Issue 15 item 3: the paper drew its seeds from GPTFuzz's 77 templates. Under "As published" a
 * run on other seeds is not the paper's procedure, and the wizard says so plainly and offers
 * GPTFuzz's templates (the saved set, or a download).
 */

/** A saved seed set holding GPTFuzz's templates: downloaded, or imported from GPTFuzzer.csv. */
export function gptfuzzSeedSet(sets: readonly IceSetSummary[] | undefined): IceSetSummary | undefined {
  return sets?.find((set) => set.kind === 'seeds' && !set.builtin && /gptfuzz/i.test(`${set.name} ${set.sourceNote}`))
}

export interface PaperSeedsNotice {
  readonly text: string
  /** The form value of GPTFuzz's saved set, when there is one to switch to. */
  readonly useSet?: string
}

export function paperSeedsNotice(values: Pick<IceFormValues, 'preset' | 'seeds'>, sets: readonly IceSetSummary[] | undefined): PaperSeedsNotice | undefined {
  if (values.preset !== 'as-published') return undefined
  const gptfuzz = gptfuzzSeedSet(sets)
  if (gptfuzz !== undefined && values.seeds === `set:${gptfuzz.id}`) return undefined
  const not =
    'These seed templates are not GPTFuzz’s 77, which the paper drew its seeds from, so this run is not “as published” and its rates are not comparable with the paper’s.'
  return gptfuzz !== undefined
    ? { text: `${not} Your saved “${gptfuzz.name}” holds them.`, useSet: `set:${gptfuzz.id}` }
    : { text: `${not} Download GPTFuzz’s templates (MIT licence) to use them.` }
}

/**
 * The seeds a wizard should start from: under "As published", GPTFuzz's templates when the library
 * holds them (the paper drew its seeds from them), as long as the person has not chosen other seeds.
 */
export function defaultSeedsFor(
  values: Pick<IceFormValues, 'preset' | 'seeds'>,
  sets: readonly IceSetSummary[] | undefined,
  untouchedDefault: string,
): string | undefined {
  if (values.preset !== 'as-published' || values.seeds !== untouchedDefault) return undefined
  const gptfuzz = gptfuzzSeedSet(sets)
  return gptfuzz ? `set:${gptfuzz.id}` : undefined
}
