import type { IceResults, RseResults } from '../../../../shared/contract/index'
import type { FigureSources } from '../../../../shared/figures/sources'

/** One run's results, tagged with its kind (the results themselves do not say it). */
export type KindedResults = { readonly kind: 'rse'; readonly results: RseResults } | { readonly kind: 'ice'; readonly results: IceResults }

/** The runs' results as figures and tables take them, each kind in the order the runs were given. */
export function sourcesFrom(runs: readonly KindedResults[]): FigureSources {
  return {
    rse: runs.flatMap((run) => (run.kind === 'rse' ? [run.results] : [])),
    ice: runs.flatMap((run) => (run.kind === 'ice' ? [run.results] : [])),
  }
}

/**
 * Whether any run has a score to draw. A run stopped before its first judgement still "has" its
 * figures by the catalogue's rules, but they would be empty axes: better to say so than to save them.
 */
export function hasScores(sources: FigureSources): boolean {
  return (
    sources.rse.some((run) => run.students.some((student) => student.sets.some((set) => set.mean !== undefined))) ||
    sources.ice.some((run) => run.scores.rows > 0)
  )
}

export function noScoresMessage(runCount: number): string {
  return runCount === 1
    ? 'This run has no scores yet, so there is nothing to draw. Figures and tables can be saved once some answers are judged.'
    : 'These runs have no scores yet, so there is nothing to draw. Figures and tables can be saved once some answers are judged.'
}
