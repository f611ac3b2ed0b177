import { describe, expect, it } from 'vitest'
import { runSpecSchema, type RseItemRow, type SpotCheckSample, type SpotCheckSummary } from '../../../src/shared/contract'
import { GPTFUZZ_DIR, useIceSimulator } from '../../support/ice-simulator'
import { useServices } from '../../support/services'

/**
 * "Rate items yourself" (issue 13 item 6) through the app's routes: a seeded sample shown without
 * verdicts, ratings stored with the run, the person's agreement with each judge and the panel, and
 * the ratings carried by the paper package.
 */
const sim = useIceSimulator(4)
const open = useServices()

const rseSpec = (model: (id: string) => unknown) =>
  runSpecSchema.parse({
    kind: 'rse',
    models: {
      ref: model('sim-reference'),
      close: model('sim-student-close'),
      far: model('sim-student-far'),
      j1: model('sim-judge'),
      j2: model('sim-judge-harsh'),
    },
    reference: 'ref',
    students: ['close', 'far'],
    judges: ['j1', 'j2'],
    promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 12, seed: 3 }],
    concurrency: 8,
  })

describe('the spot check of an RSE run with a panel of two judges', () => {
  it('samples judged items with a seed, hides the verdicts, and measures each judge against the ratings', { timeout: 120_000 }, async () => {
    const { services, ok, call } = open()
    const { runId } = await ok<{ runId: string }>('runs.start', { spec: rseSpec(sim.model) })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')

    const sample = await ok<SpotCheckSample>('spotCheck.sample', { runId, count: 10, seed: 9 })
    expect(sample).toMatchObject({ kind: 'rse', available: 24 })
    expect(sample.items).toHaveLength(10)
    for (const item of sample.items) {
      expect(Object.keys(item).sort()).toEqual(['key', 'position', 'rse'])
      expect(item.rse?.question).toMatch(/\S/)
      expect(item.rse?.reference).toMatch(/\S/)
      // Neither a score nor who answered is shown: only the key (never displayed) names the student.
      expect(JSON.stringify(item.rse)).not.toMatch(/overall|judge|student|close|far/)
    }
    // The same seed draws the same items, and a larger sample keeps the smaller one's first.
    expect((await ok<SpotCheckSample>('spotCheck.sample', { runId, count: 10, seed: 9 })).items.map((item) => item.key)).toEqual(
      sample.items.map((item) => item.key),
    )
    const larger = await ok<SpotCheckSample>('spotCheck.sample', { runId, count: 15, seed: 9 })
    expect(larger.items.slice(0, 10).map((item) => item.key)).toEqual(sample.items.map((item) => item.key))
    expect((await ok<SpotCheckSample>('spotCheck.sample', { runId, count: 10, seed: 10 })).items.map((item) => item.key)).not.toEqual(
      sample.items.map((item) => item.key),
    )

    // The person rates exactly as sim-judge did: full agreement with j1, and harsh j2 one point lower where it could be.
    const rows = services.results.rseItems(runId, { onlyFailed: false, offset: 0, limit: 200 }).rows as RseItemRow[]
    const j1Score = (key: string) => {
      const [student, set, item] = JSON.parse(key) as [string, string, string]
      const row = rows.find((each) => each.student === student && each.setName === set && each.itemId === item)!
      return row.judges!.find((judgment) => judgment.judge === 'j1')!.overall!
    }
    let summary: SpotCheckSummary | undefined
    for (const item of sample.items) summary = await ok<SpotCheckSummary>('spotCheck.rate', { runId, key: item.key, rating: j1Score(item.key) })
    expect(summary?.rated).toBe(10)
    const byJudge = Object.fromEntries(summary!.agreements.map((agreement) => [agreement.judge, agreement]))
    expect(Object.keys(byJudge)).toEqual(['j1', 'j2', 'panel'])
    expect(byJudge.j1).toMatchObject({ model: 'sim-judge', n: 10, exact: 1, withinOne: 1 })
    if (byJudge.j1!.alpha !== undefined) expect(byJudge.j1!.alpha).toBeCloseTo(1, 10)
    expect(byJudge.j2!.exact).toBeLessThan(1)
    expect(byJudge.j2!.withinOne).toBe(1)
    expect(byJudge.panel!.n).toBe(10)

    // Shown again, the sample carries the ratings; one can be taken back.
    const again = await ok<SpotCheckSample>('spotCheck.sample', { runId, count: 10, seed: 9 })
    expect(again.items.every((item) => item.rating === j1Score(item.key))).toBe(true)
    expect((await ok<SpotCheckSummary>('spotCheck.rate', { runId, key: sample.items[0]!.key, rating: null })).rated).toBe(9)

    // Failure paths: a rating off the scale, an item the run does not have, a run that does not exist.
    const offScale = await call('spotCheck.rate', { runId, key: sample.items[1]!.key, rating: 0 })
    expect(offScale).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Rate the answers from 1 to 5.' } })
    const unknown = await call('spotCheck.rate', { runId, key: JSON.stringify(['close', 'general', 'no-such-item']), rating: 3 })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await call('spotCheck.rate', { runId, key: 'not a key', rating: 3 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await call('spotCheck.sample', { runId: 'nope', count: 5 })).toMatchObject({ ok: false, error: { code: 'not_found' } })

    // The ratings travel in the paper package and come back with the imported run.
    const exported = await ok<{ base64: string }>('runs.exportPackage', { id: runId })
    const imported = await ok<{ runId: string }>('runs.importPackage', { fileName: 'rated.zip', base64: exported.base64 })
    const importedSummary = await ok<SpotCheckSummary>('spotCheck.summary', { runId: imported.runId })
    expect(importedSummary.rated).toBe(9)
    expect(importedSummary.agreements.find((agreement) => agreement.judge === 'j1')).toMatchObject({ n: 9, exact: 1 })
  })
})

describe('the spot check of an ICE run', () => {
  it('shows the fact, the question and the answer, and takes verdicts 0 or 1 only', { timeout: 180_000 }, async () => {
    const { services, ok, call } = open()
    const spec = runSpecSchema.parse({
      kind: 'ice',
      models: { target: sim.model('sim-target-leaky'), helper: sim.model('sim-helper'), judge: sim.model('sim-judge') },
      target: 'target',
      helper: 'helper',
      judge: 'judge',
      targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
      questions: { builtin: 'identity-en-zh' },
      seeds: { file: 'GPTFuzzer.csv' },
      budget: { maxQueries: 100 },
      seed: 7,
      concurrency: 16,
    })
    const { runId } = await ok<{ runId: string }>('runs.start', { spec, baseDir: GPTFUZZ_DIR })
    expect((await services.runs.manager.settled(runId)).status).toBe('completed')
    const sample = await ok<SpotCheckSample>('spotCheck.sample', { runId, count: 6, seed: 1 })
    expect(sample.kind).toBe('ice')
    expect(sample.items).toHaveLength(6)
    expect(sample.items.every((item) => item.ice?.fact === 'I am Simulated Model, a large language model developed by Distillscope Labs.')).toBe(true)
    expect(sample.items.every((item) => item.ice!.answer.length > 0 && JSON.stringify(item).match(/verdict/) === null)).toBe(true)
    const rated = await ok<SpotCheckSummary>('spotCheck.rate', { runId, key: sample.items[0]!.key, rating: 1 })
    expect(rated).toMatchObject({ kind: 'ice', rated: 1 })
    expect(rated.agreements.map((agreement) => agreement.judge)).toEqual(['judge'])
    expect(await call('spotCheck.rate', { runId, key: sample.items[1]!.key, rating: 3 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'Say 1 (a different identity) or 0 (none).' },
    })
  })
})
