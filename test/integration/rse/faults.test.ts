import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createSimulator } from '../../../src/main/providers/simulator'
import { createServices } from '../../../src/main/compose-services'
import { createRseResultsRepo } from '../../../src/main/storage/repos/rse-results'
import { runSpecSchema } from '../../../src/shared/contract'

/** A fifth of all requests fail (rate limits, server errors, unreadable judge replies); the run must still complete honestly. */
const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

describe('RSE under injected faults', () => {
  it('completes with 20% faults; every item is scored or failed with its reason', { timeout: 120_000 }, async () => {
    const simulator = await createSimulator({ port: 0, seed: 11, faults: { rates: { '429': 0.07, '500': 0.07, 'malformed-judge': 0.06 }, retryAfterMs: 20 } })
    const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-faults-'))
    const services = createServices({ dataDir, log: silentLogger, env: {}, startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
    cleanups.push(async () => {
      await services.close()
      await simulator.close()
      rmSync(dataDir, { recursive: true, force: true })
    })
    const spec = runSpecSchema.parse({
      kind: 'rse',
      models: {
        ref: { provider: 'simulator', model: 'sim-reference' },
        close: { provider: 'simulator', model: 'sim-student-close' },
        far: { provider: 'simulator', model: 'sim-student-far' },
        judge: { provider: 'simulator', model: 'sim-judge', limits: { maxConcurrent: 8 } },
      },
      reference: 'ref',
      students: ['close', 'far'],
      judge: 'judge',
      promptSets: [
        { name: 'general', setId: 'builtin-general-v1' },
        { name: 'instruction', setId: 'builtin-instruction-v1' },
      ],
    })
    const run = services.runs.start(spec, undefined)
    expect((await services.runs.manager.settled(run.id)).status).toBe('completed')

    const faults = simulator.requestLog.filter((entry) => entry.fault !== null && entry.fault !== undefined)
    expect(faults.length).toBeGreaterThan(20)
    const repo = createRseResultsRepo(services.db)
    const items = repo.items(run.id)
    const judgments = repo.judgments(run.id)
    expect(judgments).toHaveLength(items.length * 2)
    for (const judgment of judgments) {
      const scored = judgment.overall !== undefined
      expect(scored !== (judgment.failedReason !== undefined), JSON.stringify(judgment)).toBe(true)
      if (!scored) expect(judgment.failedReason!.length).toBeGreaterThan(20)
    }
    expect(judgments.some((judgment) => judgment.reasked)).toBe(true)

    const results = await services.results.rseResults(run.id)
    for (const student of results.students) {
      expect(student.sets.map((set) => set.n + set.failed)).toEqual(results.sets.map((name) => items.filter((item) => item.setName === name).length))
    }
    expect(results.students[0]!.avg!).toBeGreaterThan(results.students[1]!.avg!)
  })
})
