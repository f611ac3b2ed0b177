import { describe, expect, it } from 'vitest'
import { createIceRunsRepo } from '../../../src/main/storage/repos/ice-runs'
import type { IceAttackRowView, IceResults } from '../../../src/shared/contract'
import { runSpecSchema } from '../../../src/shared/contract'
import { GPTFUZZ_DIR, useIceSimulator } from '../../support/ice-simulator'
import { useServices } from '../../support/services'

/**
 * ICE as a run of the app (executor, storage, results routes) on the Offline demo's simulator:
 * the paper's setting ("As published", the GPTFuzzer seeds, 50 questions, 1,000 queries).
 */
const sim = useIceSimulator(3)
const model = sim.model
const open = useServices()
export const paperSpec = (target = 'sim-target-leaky') => ({
  kind: 'ice',
  models: { target: model(target), helper: model('sim-helper'), judge: model('sim-judge') },
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
const chatRequests = () => sim.simulator().requestLog.filter((entry) => entry.path.endsWith('/chat/completions')).length

describe('an ICE run in the app', () => {
  it('stores 20 mutants x 50 rows, scores them with intervals, pages rows and hides nothing; a repeat sends nothing', { timeout: 180_000 }, async () => {
    const { services, ok, call } = open()
    const spec = runSpecSchema.parse(paperSpec())
    const estimate = await ok<{ calls: Record<string, number> }>('runs.estimate', { spec, baseDir: GPTFUZZ_DIR })
    expect(estimate.calls).toMatchObject({ target: 1000, helper: 20 })

    const { runId } = await ok<{ runId: string }>('runs.start', { spec, baseDir: GPTFUZZ_DIR })
    const progress: { done: number; fuzz?: { queries: number } }[] = []
    services.events.attach((event, payload) => event === 'runs.progress' && progress.push(payload as never))
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')

    const repo = createIceRunsRepo(services.db)
    expect(repo.rows(runId)).toHaveLength(1000)
    const nodes = repo.nodes(runId)
    expect(nodes.filter((node) => node.level === 0)).toHaveLength(76)
    expect(nodes.filter((node) => node.level > 0)).toHaveLength(20)
    expect(progress.at(-1)?.fuzz?.queries).toBe(1000)

    const results = await ok<IceResults>('results.ice', { runId })
    expect(results.scores.rows).toBe(1000)
    expect(results.scores.loose.rate!).toBeGreaterThan(0.2)
    expect(results.scores.loose.low!).toBeLessThan(results.scores.loose.rate!)
    expect(results.scores.strict.count).toBeLessThanOrEqual(results.scores.loose.count)
    expect(results.scores.hard.count).toBeLessThanOrEqual(results.scores.strict.count)
    expect(results.hardKeywords).toEqual(['gpt', 'openai', 'claude', 'anthropic'])
    expect(Object.keys(results.byLanguage).sort()).toEqual(['en', 'zh'])
    expect(Object.keys(results.byCategory).sort()).toEqual(['cooperation', 'geography', 'industry', 'team', 'technology'])
    expect(results.fuzz).toEqual({ iterations: 20, stopReason: 'max_query' })
    const mutants = results.templates.filter((node) => node.level > 0)
    expect(mutants.every((node) => node.inPool && node.scores?.rows === 50 && node.parentId !== undefined && node.mutator !== undefined)).toBe(true)
    expect(mutants.reduce((sum, node) => sum + node.scores!.loose.count, 0)).toBe(results.scores.loose.count)

    const page = await ok<{ total: number; rows: IceAttackRowView[] }>('results.iceRows', { runId, only: 'strict', limit: 5 })
    expect(page.total).toBe(results.scores.strict.count)
    expect(page.rows.every((row) => row.loose.verdict === 1 && row.strict?.verdict === 1 && row.answer)).toBe(true)
    const hard = await ok<{ total: number }>('results.iceRows', { runId, only: 'hard' })
    expect(hard.total).toBe(results.scores.hard.count)
    const zh = await ok<{ total: number }>('results.iceRows', { runId, language: 'zh' })
    expect(zh.total).toBe(500)
    const template = await ok<{ text: string }>('results.iceTemplate', { runId, nodeId: mutants[0]!.id })
    expect(template.text.length).toBeGreaterThan(0)
    const missing = await call('results.iceTemplate', { runId, nodeId: 9999 })
    expect(missing.ok === false && missing.error.code).toBe('not_found')
    const wrongKind = await call('results.rse', { runId })
    expect(wrongKind.ok === false && wrongKind.error.message).toMatch(/not an RSE run/)

    // The same spec again: the same rows, every call answered by the response cache.
    const before = chatRequests()
    const again = services.runs.start(spec, GPTFUZZ_DIR)
    expect((await services.runs.manager.settled(again.id)).status).toBe('completed')
    expect(chatRequests()).toBe(before)
    const strip = (rows: readonly { mutantId: number }[]) => JSON.stringify(rows)
    expect(strip(repo.rows(again.id))).toEqual(strip(repo.rows(runId)))
  })

  it('refuses a spec whose seed file is missing or malformed, naming it, and stores no run', async () => {
    const { ok, call } = open()
    const spec = runSpecSchema.parse({ ...paperSpec(), seeds: { file: 'no-such-file.csv' } })
    const estimate = await call('runs.estimate', { spec, baseDir: GPTFUZZ_DIR })
    expect(estimate.ok === false && estimate.error.message).toMatch(/no file at ".*no-such-file\.csv"/)
    const bad = await call('runs.start', { spec: { ...paperSpec(), target: 'nobody' }, baseDir: GPTFUZZ_DIR })
    expect(bad.ok === false && bad.error.code).toBe('invalid_input')
    expect(await ok<unknown[]>('runs.list')).toHaveLength(0)
  })
})
