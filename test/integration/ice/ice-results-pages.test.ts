import { describe, expect, it } from 'vitest'
import { buildIceResults, iceRowViews, type IceRowFilter } from '../../../src/main/core/evaluators/ice/ice-results'
import type { RunRow } from '../../../src/main/core/runs/ports'
import { createIceRunsRepo } from '../../../src/main/storage/repos/ice-runs'
import type { IceResults } from '../../../src/shared/contract'
import { runSpecSchema } from '../../../src/shared/contract'
import { GPTFUZZ_DIR, useIceSimulator } from '../../support/ice-simulator'
import { useServices } from '../../support/services'

/** ICE results and row pages read a page at a time from SQL (issue 17 items 2-3), checked against the builders over every row. */
const sim = useIceSimulator(3)
const model = sim.model
const open = useServices()
const spec = () => ({
  kind: 'ice',
  models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model('sim-judge') },
  target: 'target',
  helper: 'helper',
  judge: 'judge',
  targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
  questions: { builtin: 'identity-en-zh' },
  seeds: { file: 'GPTFuzzer.csv' },
  preset: 'as-published',
  selection: 'mcts-explore',
  budget: { maxQueries: 1000 },
  seed: 7,
  concurrency: 16,
})

describe('ICE results and row pages', () => {
  it('are what the builders make of every row: same scores, same pages, same totals', { timeout: 180_000 }, async () => {
    const { services, ok } = open()
    const { runId } = await ok<{ runId: string }>('runs.start', { spec: runSpecSchema.parse(spec()), baseDir: GPTFUZZ_DIR })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    const repo = createIceRunsRepo(services.db)
    const rows = repo.rows(runId)
    const keywords = repo.inputs(runId)?.keywords ?? []

    const run = services.runs.get(runId) as unknown as RunRow
    const direct = buildIceResults(
      services.results.mustGet(runId),
      { inputs: repo.inputs(runId), nodes: repo.nodes(runId), rows, state: repo.state(runId) },
      (alias) => (run.spec.models as Record<string, { model: string }>)[alias]!.model,
      services.results.callsOf(services.results.mustGet(runId)),
    )
    const { computedAt, modelVersions: _versions, simulatedModels: _simulated, displayNames, ...results } = await ok<IceResults>('results.ice', { runId })
    expect(computedAt).toBeDefined()
    // Inline models have no display name of their own: figures print their aliases.
    expect(displayNames).toEqual({ target: 'target', helper: 'helper', judge: 'judge' })
    expect(results).toEqual(JSON.parse(JSON.stringify(direct)))

    const mutant = rows.find((row) => row.loose.verdict === 1)!.mutantId
    const filters: IceRowFilter[] = [
      { only: 'all' },
      { only: 'loose' },
      { only: 'strict' },
      { only: 'hard' },
      { only: 'unjudged' },
      { only: 'all', mutantId: mutant },
      { only: 'loose', language: 'zh' },
      { only: 'all', category: rows[0]!.category ?? 'unknown' },
      { only: 'all', language: 'no such language' },
    ]
    for (const filter of filters) {
      const expected = iceRowViews(rows, keywords, filter)
      for (const offset of [0, 7, Math.max(0, expected.length - 2)]) {
        const page = services.results.iceRows(runId, { ...filter, offset, limit: 20 })
        expect(page.total, JSON.stringify(filter)).toBe(expected.length)
        expect(page.rows, JSON.stringify(filter)).toEqual(expected.slice(offset, offset + 20))
      }
    }
    expect(iceRowViews(rows, keywords, { only: 'hard' }).length).toBeGreaterThan(0)
    expect(iceRowViews(rows, keywords, { only: 'strict' }).length).toBeGreaterThan(iceRowViews(rows, keywords, { only: 'hard' }).length)
  })
})
