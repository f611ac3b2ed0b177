import type { PromptProblem, PromptProblemLevel } from '../../../shared/contract/prompt-sets'

/** Detailed problems kept per level; the rest are only counted (a broken file can have millions). */
const KEPT_PER_LEVEL = 100

export interface ProblemLog {
  add(problem: PromptProblem): void
  count(level?: PromptProblemLevel): number
  /** File problems first, then record problems, then warnings; at most `limit`. */
  list(limit?: number): PromptProblem[]
  listOf(level: PromptProblemLevel): PromptProblem[]
}

export function createProblemLog(): ProblemLog {
  const kept: Record<PromptProblemLevel, PromptProblem[]> = { file: [], record: [], warning: [] }
  const counts: Record<PromptProblemLevel, number> = { file: 0, record: 0, warning: 0 }
  return {
    add(problem) {
      counts[problem.level]++
      if (kept[problem.level].length < KEPT_PER_LEVEL) kept[problem.level].push(problem)
    },
    count: (level) => (level ? counts[level] : counts.file + counts.record + counts.warning),
    list: (limit = KEPT_PER_LEVEL) => [...kept.file, ...kept.record, ...kept.warning].slice(0, limit),
    listOf: (level) => [...kept[level]],
  }
}
