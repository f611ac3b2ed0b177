import type { IceAttackRow } from '../../src/main/core/evaluators/ice'
import type { Db } from '../../src/main/storage/database'
import { createIceRunsRepo } from '../../src/main/storage/repos/ice-runs'
import { createRunsRepo } from '../../src/main/storage/repos/runs'
import { runSpecSchema } from '../../src/shared/contract'
import { attackRow, MINIMAL_ICE_SPEC } from './ice-fixtures'

/**
 * One ICE row for the spot check's tests: each replicate's row of the same template and question
 * differs in answer (`replicate/mutant/question`) and in both judges' verdicts, so reading replicate
 * 0's row for another replicate's key shows. j1 says 1 when replicate + question is even, j2 says 1
 * in replicate 2 only.
 */
export function spotCheckRow(replicate: number, mutantId: number, questionIndex: number): IceAttackRow {
  const verdict = (replicate + questionIndex) % 2 === 0 ? 1 : 0
  return {
    ...attackRow({ replicate, mutantId, questionIndex, verdict, answer: `${replicate}/${mutantId}/${questionIndex}` }),
    judges: [
      { judge: 'j1', loose: { verdict, via: 'tag' } },
      { judge: 'j2', loose: { verdict: replicate === 2 ? 1 : 0, via: 'tag' } },
    ],
  } as IceAttackRow
}

/**
 * A completed ICE run of `replicates` replicates judged by j1 and j2, each replicate with templates 1
 * and 2 asked questions 0 and 1 (saved out of order, so the reads' order is their own); the fact is "F".
 */
export function seedSpotCheckRun(db: Db, replicates: number): string {
  const { judge: _single, ...base } = MINIMAL_ICE_SPEC
  const spec = runSpecSchema.parse({
    ...base,
    models: { ...base.models, j1: { provider: 'simulator', model: 'sim-judge' }, j2: { provider: 'simulator', model: 'sim-judge-harsh' } },
    judges: ['j1', 'j2'],
    ...(replicates > 1 ? { replicates } : {}),
  })
  const runs = createRunsRepo(db)
  const runId = runs.insert(spec, 'h', 'Spot check').id
  runs.setStatus(runId, 'completed')
  const repo = createIceRunsRepo(db)
  repo.saveInputs(runId, {
    questions: { name: 'q', contentHash: 'h', items: [] },
    seeds: { name: 's', contentHash: 'h', items: [] },
    fact: 'F',
    vendors: [],
    keywords: [],
  })
  for (let replicate = replicates - 1; replicate >= 0; replicate--)
    for (const mutant of [2, 1]) for (const question of [1, 0]) repo.saveRow(runId, spotCheckRow(replicate, mutant, question))
  return runId
}
