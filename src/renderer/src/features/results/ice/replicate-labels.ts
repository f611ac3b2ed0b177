import type { IceResults } from '../../../../../shared/contract/index'

/** A run's fuzzing replicates as the page names them: 1-based, with each one's seed (replicate 0 is "Replicate 1"). */
export interface ReplicateChoice {
  readonly replicate: number
  readonly seed: number
}

/** The replicates worth choosing between: none for a run of one (its page shows no replicate anywhere). */
export function replicateChoices(data: Pick<IceResults, 'replicates'>): readonly ReplicateChoice[] {
  const replicates = data.replicates ?? []
  return replicates.length < 2 ? [] : replicates.map(({ replicate, seed }) => ({ replicate, seed }))
}

/** "Replicate 2" for stored replicate 1. */
export const replicateName = (replicate: number): string => `Replicate ${replicate + 1}`

/** "Replicate 2 (seed 1234)". */
export const replicateLabel = (choice: ReplicateChoice): string => `${replicateName(choice.replicate)} (seed ${choice.seed})`

/** A select's options, one per replicate, valued by the stored (0-based) index. */
export const replicateOptions = (choices: readonly ReplicateChoice[]) =>
  choices.map((choice) => ({ value: String(choice.replicate), label: replicateLabel(choice) }))
