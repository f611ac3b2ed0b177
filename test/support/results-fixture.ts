import { join } from 'node:path'
import { createRng } from '../../src/main/core/stats/prng'
import type { RunSpec } from '../../src/shared/contract/run-spec'
import { openDatabase, type Db } from '../../src/main/storage/database'
import { bundledMigrations } from '../../src/main/storage/migration-files'
import { migrate } from '../../src/main/storage/migrator'
import { createIceRunsRepo } from '../../src/main/storage/repos/ice-runs'
import { createIceRowReads } from '../../src/main/storage/repos/ice-row-reads'
import { createLlmCallsRepo } from '../../src/main/storage/repos/llm-calls'
import { createResultsCacheRepo } from '../../src/main/storage/repos/results-cache'
import { createRseChecksRepo } from '../../src/main/storage/repos/rse-checks'
import { createRseResultReads } from '../../src/main/storage/repos/rse-result-reads'
import { createRseResultsRepo } from '../../src/main/storage/repos/rse-results'
import { createRunsRepo } from '../../src/main/storage/repos/runs'
import { createResultsService, type ResultsServiceDeps } from '../../src/main/services/runs/results-service'

export const STUDENTS = ['close', 'far', 'flaky']
export const SETS = ['general', 'code', 'math']

export const rseSpec = {
  kind: 'rse',
  models: Object.fromEntries(['ref', 'judge', ...STUDENTS].map((alias) => [alias, { provider: 'simulator', model: `sim-${alias}` }])),
  reference: 'ref',
  students: STUDENTS,
  judge: 'judge',
  promptSets: SETS.map((name) => ({ name, file: `${name}.csv` })),
  seed: 11,
} as unknown as RunSpec

/** A database with the app's schema in a fresh folder. */
export function openFixtureDb(dir: string): Db {
  const db = openDatabase(join(dir, 'fixture.db'))
  migrate(db, bundledMigrations())
  return db
}

/**
 * An RSE run of `perSet` prompts in each of three sets, judged for three students: about 1 in 20
 * judgements unreadable, 1 in 50 missing, a few failed answers; scores drawn from a seeded stream.
 */
export function seedRseRun(db: Db, perSet: number, status: 'completed' | 'running' = 'completed'): string {
  const runs = createRunsRepo(db)
  const rse = createRseResultsRepo(db)
  const run = runs.insert(rseSpec, `hash-${perSet}-${Math.random()}`, 'Fixture run')
  const rng = createRng(perSet, 'fixture')
  const items = SETS.flatMap((setName) =>
    Array.from({ length: perSet }, (_, i) => ({ setName, itemId: `p${String(i).padStart(5, '0')}`, position: i, prompt: `Prompt ${i} of ${setName}` })),
  )
  rse.saveItems(run.id, items)
  db.transaction(() => {
    for (const item of items) {
      rse.saveAnswer(run.id, { modelAlias: 'ref', setName: item.setName, itemId: item.itemId, text: `Reference on ${item.itemId}`, costUsd: 0, cached: false })
      STUDENTS.forEach((student, s) => {
        const answerFails = rng.chance(0.01)
        rse.saveAnswer(run.id, {
          modelAlias: student,
          setName: item.setName,
          itemId: item.itemId,
          ...(answerFails ? { errorClass: 'server', errorMessage: 'HTTP 500' } : { text: `${student} on ${item.itemId}` }),
          costUsd: 0.001,
          cached: false,
        })
        if (answerFails || rng.chance(0.02)) return
        const unreadable = rng.chance(0.05)
        const base = {
          judgeAlias: 'judge',
          studentAlias: student,
          setName: item.setName,
          itemId: item.itemId,
          reasked: unreadable,
          rawReply: `Reply ${item.itemId} ${student}`,
        }
        if (unreadable) rse.saveJudgment(run.id, { ...base, failedReason: 'no score found' })
        else {
          const overall = Math.min(5, Math.max(1, 4 - s + rng.int(3) - 1))
          rse.saveJudgment(run.id, { ...base, overall, style: rng.int(3), structure: rng.int(3), content: rng.int(3), explanation: 'Because.' })
        }
      })
    }
  })()
  runs.setStatus(run.id, 'running')
  if (status === 'completed') runs.setStatus(run.id, 'completed')
  return run.id
}

/** The results service over the fixture database, as compose-services wires it, with test knobs. */
export function fixtureResults(db: Db, options: Partial<Pick<ResultsServiceDeps, 'slices' | 'refreshMs' | 'now'>> = {}) {
  const repos = { runs: createRunsRepo(db), rse: createRseResultsRepo(db), ice: createIceRunsRepo(db), calls: createLlmCallsRepo(db) }
  const cache = createResultsCacheRepo(db)
  const service = createResultsService({
    ...repos,
    rseReads: createRseResultReads(db),
    rseChecks: createRseChecksRepo(db),
    iceReads: createIceRowReads(db),
    resultsCache: cache,
    models: {
      describe: () => {
        throw new Error('no registry in the fixture: aliases stand for models')
      },
    },
    ...options,
  })
  return { service, repos, cache }
}
