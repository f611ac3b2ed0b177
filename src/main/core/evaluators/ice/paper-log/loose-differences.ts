import type { SeedPart } from '../../../stats/prng'
import { twoWayClusterBootstrapDifference, type CrossedMatrix } from '../../../stats/two-way-bootstrap'
import { gridOf } from '../scores/ice-grid'
import { ICE_RESAMPLES } from '../scores/ice-rate'
import type { PaperLogRow } from './import-paper-log'

export interface LogRows {
  readonly name: string
  readonly rows: readonly Pick<PaperLogRow, 'template' | 'query' | 'loose'>[]
}

/** One pair of imported logs: how far apart their loose rates are, and whether that is resolved. */
export interface LooseDifference {
  readonly a: string
  readonly b: string
  /** loose(a) - loose(b). */
  readonly diff: number
  readonly ci: readonly [number, number]
  readonly ciMethod: 'two-way-cluster-bootstrap'
  /** Whether the 95% interval of the difference excludes 0: the ranking of the two is resolved. */
  readonly separable: boolean
  /** Whether both logs used the same templates (then resampled together; else each its own). */
  readonly sharedTemplates: boolean
}

/**
 * Every pair of imported logs' loose rates (issue 14: "how separable the paper's ranking is"). The
 * logs ask the same identity questions, so one resample of questions serves both; their templates
 * are usually each run's own mutants, resampled independently, unless the two logs' templates are
 * the same texts in the same order. Logs must share their questions (matched by text). Seeded by
 * the pair's positions, not the logs' names, so the same files in the same order give the same
 * intervals wherever they are stored.
 */
export function looseDifferences(logs: readonly LogRows[], seed: SeedPart = 0): LooseDifference[] {
  const questionIndex = new Map<string, number>()
  for (const log of logs) for (const row of log.rows) if (!questionIndex.has(row.query)) questionIndex.set(row.query, questionIndex.size)
  // Every question numbered before any grid is made, so all grids have the same columns.
  const grids = logs.map((log) => looseGrid(log, questionIndex))
  const pairs: LooseDifference[] = []
  for (let i = 0; i < logs.length; i++) {
    for (let j = i + 1; j < logs.length; j++) {
      const [a, b] = [grids[i]!, grids[j]!]
      const sharedTemplates = a.templateKeys.length === b.templateKeys.length && a.templateKeys.every((key, k) => key === b.templateKeys[k])
      const interval = twoWayClusterBootstrapDifference(a.matrix, b.matrix, {
        resamples: ICE_RESAMPLES,
        seed: [seed, 'paper-log-difference', i, j],
        sharedTemplates,
      })
      if (interval === undefined) continue
      pairs.push({
        a: logs[i]!.name,
        b: logs[j]!.name,
        diff: interval.estimate,
        ci: [interval.low, interval.high],
        ciMethod: 'two-way-cluster-bootstrap',
        separable: interval.low > 0 || interval.high < 0,
        sharedTemplates,
      })
    }
  }
  return pairs
}

/** A log's loose verdicts on its own templates x the common questions (NaN where it has no row). */
function looseGrid(log: LogRows, questionIndex: Map<string, number>): { matrix: CrossedMatrix; templateKeys: readonly string[] } {
  const grid = gridOf(
    log.rows.map((row) => ({ template: row.template, question: row.query })),
    questionIndex,
  )
  const cells = new Float64Array(grid.templates * grid.questions).fill(Number.NaN)
  log.rows.forEach((row, index) => {
    cells[grid.cellOfRow[index] as number] = row.loose ? 1 : 0
  })
  return { matrix: { templates: grid.templates, questions: grid.questions, cells }, templateKeys: grid.templateKeys }
}
