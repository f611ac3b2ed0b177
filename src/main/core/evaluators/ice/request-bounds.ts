import type { IceSpec } from '../../../../shared/contract/ice-spec'
import { judgesOf } from '../../../../shared/contract/judges-of'
import { replicateCount } from './replicates'

// Kept apart from estimate-ice.ts: the executor counts progress against these bounds, and the
// estimate loads the GPT-4o tokenizer (about 70 MB), which a run must not carry (issue 17 item 3).

/**
 * At most how many requests an ICE run makes of each role (the run's progress counts against the
 * same figures). Iterations: enough for the query budget when every mutant asks every question
 * (fewer if an iteration limit is set); each makes `energy` helper calls and asks the target every
 * question per mutant. Per answer the loose judge is asked once plus at most one verdict extraction,
 * and with the strict judge on, the same again; a panel asks each of its judges (issue 13). The run
 * may stop sooner (success or reject limits). Each fuzzing replicate (issue 16) spends the whole
 * budget, so k replicates make k times the requests.
 */
export function iceRequestBounds(spec: IceSpec, questions: number): { target: number; helper: number; judge: number } {
  const perIteration = spec.energy * Math.max(1, questions)
  const byQueries = Math.ceil(spec.budget.maxQueries / perIteration)
  const iterations = spec.budget.maxIterations !== undefined ? Math.min(byQueries, spec.budget.maxIterations) : byQueries
  const replicates = replicateCount(spec)
  const target = iterations * perIteration * replicates
  return { target, helper: iterations * spec.energy * replicates, judge: target * (spec.strict ? 4 : 2) * judgesOf(spec).length }
}
