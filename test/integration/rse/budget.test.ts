import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createSimulator } from '../../../src/main/providers/simulator'
import { createServices } from '../../../src/main/compose-services'
import { BUDGET_PAUSED_MESSAGE, runSpecSchema, type RunProgress } from '../../../src/shared/contract'

const cleanups: (() => Promise<void>)[] = []
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup()
})

describe('budget cap', () => {
  it('pauses the run when its spending reaches the budget, and resumes with a higher one', { timeout: 60_000 }, async () => {
    const simulator = await createSimulator({ port: 0 })
    const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-budget-'))
    const services = createServices({ dataDir, log: silentLogger, env: {}, startSimulator: async () => ({ url: simulator.url, close: async () => {} }) })
    cleanups.push(async () => {
      await services.close()
      await simulator.close()
      rmSync(dataDir, { recursive: true, force: true })
    })
    // Simulated models priced on purpose ($1,000 per million tokens) so spending is visible.
    const priced = (model: string) => ({ provider: 'simulator', model, prices: { inputPerMTok: 1000, outputPerMTok: 1000 }, limits: { maxConcurrent: 2 } })
    const spec = runSpecSchema.parse({
      kind: 'rse',
      models: { ref: priced('sim-reference'), s: priced('sim-student-close'), judge: priced('sim-judge') },
      reference: 'ref',
      students: ['s'],
      judge: 'judge',
      promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 10 }],
      budgetUsd: 0.5,
    })
    const run = services.runs.start(spec, undefined)
    const paused = await services.runs.manager.settled(run.id)
    expect(paused.status).toBe('paused')
    expect(paused.error).toBe(BUDGET_PAUSED_MESSAGE)
    const spent = (await services.results.rseResults(run.id)).costUsd
    expect(spent).toBeGreaterThanOrEqual(0.5)
    expect((await services.results.rseResults(run.id)).calls.sent).toBeLessThan(30)

    let lastProgress: RunProgress | undefined
    services.events.attach((event, payload) => {
      if (event === 'runs.progress' && (payload as RunProgress).runId === run.id) lastProgress = payload as RunProgress
    })
    services.runs.manager.resume(run.id, 1000)
    const finished = await services.runs.manager.settled(run.id)
    // Progress after a resume counts the whole run, earlier sessions included.
    expect(lastProgress!.costUsd).toBeCloseTo((await services.results.rseResults(run.id)).costUsd, 10)
    expect(lastProgress!.costUsd).toBeGreaterThan(spent)
    expect(finished.status).toBe('completed')
    expect(finished.spec.budgetUsd).toBe(1000)
    expect((await services.results.rseResults(run.id)).students[0]!.sets[0]!.n).toBe(10)
  })
})
