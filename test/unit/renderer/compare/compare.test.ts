import { describe, expect, it } from 'vitest'
import { factDiffers, NOT_KNOWN, runFacts } from '../../../../src/renderer/src/features/compare/compare-facts'
import { comparePath, MAX_COMPARED_RUNS, parseRunIds, selectPath } from '../../../../src/renderer/src/features/compare/compare-url'
import { selectionHint } from '../../../../src/renderer/src/features/compare/selection-hint'
import { groupSpans, numberCellText } from '../../../../src/renderer/src/features/compare/table-cells'
import type { RunDetail, RunSummary } from '../../../../src/shared/contract/index'
import { number } from '../../../../src/shared/tables/table'
import { iceFixture, rseFixture } from '../../../support/figure-fixtures'

describe('the comparison address', () => {
  it('trims, drops empty entries and repeats, keeps the order given', () => {
    expect(parseRunIds(' run_b , run_a,,run_b,')).toEqual({ ids: ['run_b', 'run_a'], malformed: [], dropped: 0 })
    expect(parseRunIds(null)).toEqual({ ids: [], malformed: [], dropped: 0 })
  })

  it('sets apart what cannot be a run id, shortened for display', () => {
    const long = 'x'.repeat(65)
    const parsed = parseRunIds(`run_a,<script>,${long},run id`)
    expect(parsed.ids).toEqual(['run_a'])
    expect(parsed.malformed).toEqual(['<script>', `${'x'.repeat(39)}…`, 'run id'])
  })

  it(`caps at ${MAX_COMPARED_RUNS} runs and says how many were left out`, () => {
    const ids = Array.from({ length: 23 }, (_, index) => `run_${index}`)
    const parsed = parseRunIds(ids.join(','))
    expect(parsed.ids).toEqual(ids.slice(0, MAX_COMPARED_RUNS))
    expect(parsed.dropped).toBe(3)
  })

  it('round-trips through the addresses of the comparison and of the selection', () => {
    expect(comparePath(['run_a', 'run_b-1'])).toBe('/results/compare?runs=run_a,run_b-1')
    expect(parseRunIds(new URLSearchParams(comparePath(['run_a', 'run_b-1']).split('?')[1]).get('runs')).ids).toEqual(['run_a', 'run_b-1'])
    expect(selectPath(['run_a'])).toBe('/results?select=run_a')
    expect(selectPath([])).toBe('/results')
  })
})

describe("the Compare button's hint", () => {
  it('says why it is disabled below two runs, and when the cap is reached', () => {
    expect(selectionHint(0)).toMatch(/two or more/)
    expect(selectionHint(1)).toBe('Tick at least one more run to compare.')
    expect(selectionHint(3)).toBe('3 runs selected.')
    expect(selectionHint(MAX_COMPARED_RUNS)).toMatch(/the most that can be compared/)
  })
})

const summary = (id: string, kind: 'rse' | 'ice', finishedAt = '2025-03-10T09:30:00Z'): RunSummary => ({
  id,
  kind,
  name: id,
  status: 'completed',
  statusSeq: 2,
  createdAt: '2025-03-10T09:00:00Z',
  finishedAt,
})

describe("the header table's facts", () => {
  const rse = rseFixture()
  const rseDetail = {
    ...summary('run_rse', 'rse'),
    spec: {
      kind: 'rse',
      models: {},
      reference: 'ref',
      students: ['a'],
      judge: 'judge',
      promptSets: [
        { name: 'general', setId: 'x', sample: 5, seed: 1 },
        { name: 'maths', setId: 'y', seed: 2 },
      ],
      concurrency: 8,
      seed: 1,
    },
  } as unknown as RunDetail

  it('an RSE run: reference, students, judge, sets with their samples, judgements scored', () => {
    const facts = runFacts({ summary: summary('run_rse', 'rse'), detail: rseDetail, rse }, 'en-GB')
    expect(facts).toMatchObject({
      kind: 'RSE (response similarity)',
      subject: 'Reference: gpt-4o-2024-08-06',
      students: 'a_b, 50%-distilled, R&D-model',
      judge: 'judge_model',
      inputs: 'general (5 prompts, seed 1); maths (all prompts)',
      // 8 scored sets of 48 items and one set with none; 2 failed per scored set, 12 in the empty one.
      size: '384 judgements scored, 28 failed',
    })
    expect(facts.ended).toMatch(/2025/)
  })

  it('an ICE run: target, judge, questions and templates, answers judged against the budget', () => {
    const ice = iceFixture('sim-target-leaky')
    const detail = {
      ...summary('run_ice', 'ice'),
      spec: { kind: 'ice', questions: { builtin: 'identity-en-zh' }, seeds: { file: 'seeds.csv' } },
    } as unknown as RunDetail
    expect(runFacts({ summary: summary('run_ice', 'ice'), detail, ice })).toMatchObject({
      subject: 'Target: sim-target-leaky',
      students: NOT_KNOWN,
      judge: 'gpt-4o-mini',
      inputs: 'Identity questions, English and Chinese (built in); templates: The file seeds.csv',
      size: '1,000 answers judged (budget 1,000 questions)',
    })
  })

  it('unknown until loaded; a fact differs only between known values of runs of the same kind', () => {
    const loading = runFacts({ summary: summary('run_x', 'rse') })
    expect(loading.judge).toBe(NOT_KNOWN)
    const rseRun = (facts: ReturnType<typeof runFacts>) => ({ kind: 'rse' as const, facts })
    const loaded = runFacts({ summary: summary('run_rse', 'rse'), detail: rseDetail, rse })
    const otherJudge = runFacts({ summary: summary('run_2', 'rse'), rse: { ...rse, judge: { alias: 'judge', model: 'gpt-4o-mini' } } })
    expect(factDiffers([rseRun(loaded), rseRun(loading)], 'judge')).toBe(false)
    expect(factDiffers([rseRun(loaded), rseRun(otherJudge)], 'judge')).toBe(true)
    expect(factDiffers([rseRun(loaded), rseRun(otherJudge)], 'subject')).toBe(false)
    // A reference and a target are not a difference; mixing kinds is.
    const ice = { kind: 'ice' as const, facts: runFacts({ summary: summary('run_ice', 'ice'), ice: iceFixture() }) }
    expect(factDiffers([rseRun(loaded), ice], 'subject')).toBe(false)
    expect(factDiffers([rseRun(loaded), ice], 'kind')).toBe(true)
    expect(factDiffers([rseRun(loaded), rseRun(otherJudge), ice], 'judge')).toBe(true)
  })

  it('flags runs whose providers reported different model versions (issue 15 item 5)', () => {
    const rseRun = (facts: ReturnType<typeof runFacts>) => ({ kind: 'rse' as const, facts })
    const reported = (model: string, changed = false) => [{ alias: 'ref', versions: [{ model, fingerprint: null, calls: 3 }], changed }]
    const june = runFacts({ summary: summary('a', 'rse'), rse: { ...rse, modelVersions: reported('gpt-4o-2024-05-13') } })
    const august = runFacts({ summary: summary('b', 'rse'), rse: { ...rse, modelVersions: reported('gpt-4o-2024-08-06') } })
    const again = runFacts({ summary: summary('c', 'rse'), rse: { ...rse, modelVersions: reported('gpt-4o-2024-05-13') } })
    expect(june.versions).toBe('gpt-4o-2024-05-13')
    expect(factDiffers([rseRun(june), rseRun(august)], 'versions')).toBe(true)
    expect(factDiffers([rseRun(june), rseRun(again)], 'versions')).toBe(false)
    expect(runFacts({ summary: summary('d', 'rse'), rse: { ...rse, modelVersions: reported('x', true) } }).versions).toMatch(/changed version during the run/)
    // Runs from before versions were kept, or imported without them, say nothing rather than differ.
    expect(runFacts({ summary: summary('e', 'rse'), rse }).versions).toBe(NOT_KNOWN)
  })
})

describe("a shared table's cells on screen", () => {
  it("value and interval ends at the cell's decimals, n, and words for a screen reader", () => {
    expect(numberCellText(number(3.91234, 3, { low: 3.8, high: 4.0149, n: 48 }))).toEqual({
      value: '3.912',
      interval: '3.800–4.015',
      n: 'n = 48',
      words: '3.912, 95% interval 3.800 to 4.015, n = 48',
    })
    expect(numberCellText(number(0.25, 3))).toMatchObject({ value: '0.250', interval: '', n: '' })
  })

  it('an empty cell (not in that run) differs from a cell with nothing scored', () => {
    expect(numberCellText(number(null, 3))).toEqual({ value: '—', interval: '', n: '', words: 'no value' })
    expect(numberCellText(number(null, 3, { n: 0 }))).toMatchObject({ value: '—', n: 'n = 0', words: 'no value, 0 measured' })
  })

  it('groups neighbouring columns under their shared heading', () => {
    expect(
      groupSpans([
        { key: 'model', label: 'Model' },
        { key: 'a', label: 'A', group: 'judge x' },
        { key: 'b', label: 'B', group: 'judge x' },
        { key: 'c', label: 'C', group: 'judge y' },
      ]),
    ).toEqual([
      { group: undefined, span: 1 },
      { group: 'judge x', span: 2 },
      { group: 'judge y', span: 1 },
    ])
  })
})
