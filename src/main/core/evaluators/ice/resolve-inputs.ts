import type { IceSpec } from '../../../../shared/contract/ice-spec'
import { AppError } from '../../../../shared/contract/errors'
import { defaultJudgeSemantics } from '../../../../shared/ice/names'
import type { IdentityQuestion, SeedTemplate } from './index'
import type { IceRunInputs } from './ports'

/** A question or seed set as a run loads it. */
export interface LoadedIceSet<T> {
  /** The set's name, or the file's name. */
  readonly name: string
  /** What the run asks, identified (recorded in the run's manifest). */
  readonly contentHash: string
  readonly items: readonly T[]
}

/** What a run needs of the ICE library (src/main/services/ice-library implements it). */
export interface IceLibraryPort {
  loadQuestions(source: IceSpec['questions'], options: { baseDir?: string }): Promise<LoadedIceSet<IdentityQuestion>>
  loadSeeds(source: IceSpec['seeds'], options: { baseDir?: string }): Promise<LoadedIceSet<SeedTemplate>>
  /** A vendor's identity fact, by id or vendor name, as the user last saved it. */
  factFor(vendorOrId: string): { readonly vendor: string; readonly series: readonly string[]; readonly keywords: readonly string[] } | undefined
  /** A saved set's source and licence note, for the paper package (issue 15 item 5). */
  sourceNoteOf?(setId: string): string | undefined
}

/**
 * Everything an ICE run works on, read once at its start and frozen with it: the questions and
 * seeds, the target's fact, and the suspected source (METHOD.md 2.6) as the strict judge's vendors
 * with their model series and as hard's keywords (the spec's own, or the vendors' keywords), and
 * the judge semantics (the spec's, or its preset's).
 */
export async function resolveIceInputs(spec: IceSpec, baseDir: string | undefined, library: IceLibraryPort): Promise<IceRunInputs> {
  const options = baseDir ? { baseDir } : {}
  const questions = await library.loadQuestions(spec.questions, options)
  const seeds = await library.loadSeeds(spec.seeds, options)
  if (questions.items.length === 0) throw new AppError('invalid_input', 'The question set has no questions.')
  if (seeds.items.length === 0) throw new AppError('invalid_input', 'The seed template set has no templates.')
  const vendors = spec.suspectedVendors.map((name) => {
    const fact = library.factFor(name)
    return fact ? { vendor: fact.vendor, series: [...fact.series], keywords: fact.keywords } : { vendor: name, series: [], keywords: [name.toLowerCase()] }
  })
  return {
    questions: { name: questions.name, contentHash: questions.contentHash, items: [...questions.items] },
    seeds: { name: seeds.name, contentHash: seeds.contentHash, items: [...seeds.items] },
    fact: spec.targetFact,
    vendors: vendors.map(({ vendor, series }) => ({ vendor, series })),
    keywords: spec.hardKeywords ?? [...new Set(vendors.flatMap((vendor) => vendor.keywords.map((keyword) => keyword.toLowerCase())))],
    // Frozen with the run, so a resumed run keeps judging the way it started.
    judge: spec.judgeSemantics ?? defaultJudgeSemantics(spec.preset),
  }
}
