import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatIceTable, iceJson } from '../../../src/main/cli/ice-report'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import { createIceRunsRepo } from '../../../src/main/storage/repos/ice-runs'
import type { IceResults } from '../../../src/shared/contract'
import { runSpecSchema } from '../../../src/shared/contract'
import { useServices } from '../../support/services'

/**
 * Which ICE judge a run uses (issue 15 item 1), as a run of the app on the Offline demo: "As
 * published" sends the paper-form prompts and reads them the paper's way; "GPTFuzz original" sends
 * ours; an explicit `judgeSemantics` wins; the choice is frozen with the run and reported.
 */
let simulator: Simulator
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 5 })
})
afterAll(async () => {
  await simulator?.close()
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id })
const smallSpec = (preset: 'as-published' | 'gptfuzz-original', extra: Record<string, unknown> = {}) =>
  runSpecSchema.parse({
    kind: 'ice',
    models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model('sim-judge') },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs, a company based in Lisbon, Portugal.',
    questions: { builtin: 'identity-en' },
    seeds: { builtin: 'distillscope-roleplay-v1' },
    preset,
    budget: { maxQueries: 75 },
    seed: 11,
    concurrency: 8,
    ...extra,
  })

/** The judge prompts the simulator recognised since `from` (its request log). */
const judgeRoles = (from: number) => new Set(simulator.requestLog.filter((entry) => entry.id > from && entry.persona === 'judge').map((entry) => entry.role))
const lastId = () => simulator.requestLog.at(-1)?.id ?? 0

describe('the ICE judge a run uses', () => {
  it('"As published": the paper-form prompts, read the paper’s way, every row judged, and said so in results and the CLI', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const from = lastId()
    const { runId } = await ok<{ runId: string }>('runs.start', { spec: smallSpec('as-published') })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    const roles = judgeRoles(from)
    expect(roles.has('iceLoosePaper')).toBe(true)
    expect(roles.has('iceLoose')).toBe(false)
    expect(roles.has('iceStrict')).toBe(false)
    const results = await ok<IceResults>('results.ice', { runId })
    expect(results.judgeSemantics).toBe('as-published')
    expect(results.scores.rows).toBe(75)
    expect(results.scores.looseUnjudged).toBe(0)
    expect(results.scores.loose.count).toBeGreaterThan(0)
    expect(createIceRunsRepo(services.db).inputs(runId)?.judge).toBe('as-published')
    expect(iceJson(results)).toMatchObject({ preset: 'as-published', judgeSemantics: 'as-published' })
    expect(formatIceTable(results)).toMatch(/^Judge: as published \(the paper's judge prompts/m)
  })

  it('"GPTFuzz original": our judge, labelled as ours', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const from = lastId()
    const { runId } = await ok<{ runId: string }>('runs.start', { spec: smallSpec('gptfuzz-original') })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    const roles = judgeRoles(from)
    expect(roles.has('iceLoose')).toBe(true)
    expect(roles.has('iceLoosePaper')).toBe(false)
    const results = await ok<IceResults>('results.ice', { runId })
    expect(results.judgeSemantics).toBe('distillscope')
    expect(results.scores.looseUnjudged).toBe(0)
    expect(formatIceTable(results)).toMatch(/^Judge: Distillscope's own \(also excludes fiction framing, refusals/m)
  })

  it('an explicit choice wins over the preset; a run stored before the choice existed reads as ours', { timeout: 120_000 }, async () => {
    const { services, ok } = open()
    const from = lastId()
    const { runId } = await ok<{ runId: string }>('runs.start', { spec: smallSpec('as-published', { judgeSemantics: 'distillscope' }) })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    expect(judgeRoles(from).has('iceLoosePaper')).toBe(false)
    expect((await ok<IceResults>('results.ice', { runId })).judgeSemantics).toBe('distillscope')

    // Older runs froze inputs without a judge: they were judged with ours, whatever their preset.
    const repo = createIceRunsRepo(services.db)
    const { judge: _judge, ...legacy } = repo.inputs(runId)!
    const { runId: other } = await ok<{ runId: string }>('runs.start', { spec: smallSpec('as-published') })
    await services.runs.manager.settled(other)
    repo.saveInputs(other, legacy)
    // Its results were computed and kept when it ended; a run really stored that way never had them kept.
    services.results.invalidateResults(other)
    expect((await ok<IceResults>('results.ice', { runId: other })).judgeSemantics).toBe('distillscope')
  })
})
