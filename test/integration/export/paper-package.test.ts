import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSimulator, type Simulator } from '../../../src/main/providers/simulator'
import type { IceResults, RseResults } from '../../../src/shared/contract'
import { buildTable, tablesFor } from '../../../src/shared/tables/catalogue'
import { formatTable } from '../../../src/shared/tables/formats'
import { useServices } from '../../support/services'

/**
 * Paper packages: a run exported from one data folder and imported into a fresh one gives the same
 * tables with no model call, and the zip holds no key (one is planted to prove the scan can see it).
 */
const PLANTED_KEY = 'sk-planted-7f3c9a1e5b2d4c6e8f0a1b3c5d7e9f21'
let simulator: Simulator
const open = useServices()

beforeAll(async () => {
  simulator = await createSimulator({ port: 0, seed: 21 })
})
afterAll(async () => {
  await simulator?.close()
})

const model = (id: string) => ({ provider: 'custom', baseURL: `${simulator.url}/v1`, model: id, apiKeyEnv: 'PLANTED_KEY' })
const chatRequests = () => simulator.requestLog.filter((entry) => entry.path.endsWith('/chat/completions')).length
const entriesOf = (base64: string) => Object.entries(unzipSync(Buffer.from(base64, 'base64'))).map(([name, bytes]) => [name, strFromU8(bytes)] as const)
// When results were computed differs between the two apps; what they say must not.
const withoutRunId = <T extends { runId: string; computedAt?: string }>(results: T) => ({ ...results, runId: 'x', computedAt: undefined })

async function exportAndImport(spec: object, kind: 'rse' | 'ice') {
  const source = open({ env: { PLANTED_KEY } })
  const { runId } = await source.ok<{ runId: string }>('runs.start', { spec })
  expect((await source.services.runs.manager.settled(runId)).status).toBe('completed')
  const before = await source.ok<RseResults | IceResults>(kind === 'rse' ? 'results.rse' : 'results.ice', { runId })
  const exported = await source.ok<{ fileName: string; base64: string }>('runs.exportPackage', { id: runId })
  expect(exported.fileName).toMatch(new RegExp(`${runId}-package\\.zip$`))

  const target = open()
  const requests = chatRequests()
  const { runId: imported } = await target.ok<{ runId: string }>('runs.importPackage', { fileName: exported.fileName, base64: exported.base64 })
  const after = await target.ok<RseResults | IceResults>(kind === 'rse' ? 'results.rse' : 'results.ice', { runId: imported })
  expect(chatRequests()).toBe(requests)
  return { before, after, exported, target, imported }
}

describe('paper packages', () => {
  it('RSE: the imported run has the same table, and the zip has the manifest, raw data, methods and citation but no key', { timeout: 120_000 }, async () => {
    const spec = {
      kind: 'rse',
      models: { ref: model('sim-reference'), close: model('sim-student-close'), judge: model('sim-judge') },
      reference: 'ref',
      students: ['close'],
      judge: 'judge',
      promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 8 }],
    }
    const { before, after, exported, target, imported } = await exportAndImport(spec, 'rse')
    expect(withoutRunId(after)).toEqual(withoutRunId(before))
    const files = Object.fromEntries(entriesOf(exported.base64))
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'manifest.json',
        'spec.json',
        'results.json',
        'methods.md',
        'CITATION.bib',
        'data/rse-answers.jsonl',
        'data/rse-judgments.jsonl',
      ]),
    )
    const manifest = JSON.parse(files['manifest.json']!) as {
      models: { alias: string; model: string; parameters: { temperature?: number } }[]
      inputs: { sha256: string; count: number }[]
      method: { judgePrompt: string }
    }
    expect(manifest.models.map((entry) => entry.model)).toEqual(['sim-reference', 'sim-student-close', 'sim-judge'])
    expect(manifest.inputs[0]).toMatchObject({ count: 8, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })
    expect(manifest.method.judgePrompt).toContain('{candidate}')
    expect(files['data/rse-judgments.jsonl']!.trim().split('\n')).toHaveLength(8)
    expect(files['CITATION.bib']).toMatch(/@inproceedings\{lee-etal-2025-quantification/)
    // Every figure as SVG and PDF, every table as LaTeX; the imported run regenerates identical tables.
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['figures/rse-sets.svg', 'figures/rse-sets.pdf', 'figures/rse-heatmap.pdf', 'tables/rse.tex', 'tables/rse-aspects.tex']),
    )
    // Figures name models by display name (an inline model's alias), not by model id.
    expect(files['figures/rse-sets.svg']).toContain('>close</text>')
    expect(files['tables/rse.tex']).toContain('\\toprule')
    const regenerated = { rse: [after as RseResults], ice: [] }
    for (const name of tablesFor(regenerated)) expect(formatTable(buildTable(name, regenerated), 'latex'), name).toBe(files[`tables/${name}.tex`])
    expect(files['methods.md']).toMatch(/sim-student-close answered 8 prompts/)
    for (const [name, text] of entriesOf(exported.base64)) expect(text.includes(PLANTED_KEY), name).toBe(false)
    expect(Buffer.from(exported.base64, 'base64').includes(PLANTED_KEY)).toBe(false)
    // The scan sees a key when there is one: the same check fails on a zip with the key planted in it.
    const planted = zipSync({ 'notes.txt': strToU8(`key ${PLANTED_KEY}`) })
    expect(Object.values(unzipSync(planted)).some((bytes) => strFromU8(bytes).includes(PLANTED_KEY))).toBe(true)
    const run = await target.ok<{ name: string; status: string }>('runs.get', { id: imported })
    expect(run).toMatchObject({ status: 'completed', name: expect.stringMatching(/\(imported\)$/) })
  })

  it('ICE: the imported run has the same scores, tree and rows', { timeout: 120_000 }, async () => {
    const spec = {
      kind: 'ice',
      models: { target: model('sim-target-leaky'), helper: model('sim-helper'), judge: model('sim-judge') },
      target: 'target',
      helper: 'helper',
      judge: 'judge',
      targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
      questions: { builtin: 'identity-en' },
      seeds: { file: resolve('../shared/data/gptfuzz/GPTFuzzer.csv') },
      budget: { maxQueries: 100 },
      seed: 4,
    }
    const { before, after, exported, target, imported } = await exportAndImport(spec, 'ice')
    expect(withoutRunId(after)).toEqual(withoutRunId(before))
    const rows = await target.ok<{ total: number }>('results.iceRows', { runId: imported })
    expect(rows.total).toBe(100)
    const files = Object.fromEntries(entriesOf(exported.base64))
    const manifest = JSON.parse(files['manifest.json']!) as {
      inputs: { kind: string; samples: string[] }[]
      method: { preset: { id: string }; judgePrompts: { loose: string } }
    }
    expect(manifest.method.preset.id).toBe('as-published')
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['figures/ice-models.svg', 'figures/ice-language.pdf', 'tables/ice.tex', 'tables/ice-mutator.csv']),
    )
    const regenerated = { rse: [], ice: [after as IceResults] }
    for (const name of tablesFor(regenerated)) expect(formatTable(buildTable(name, regenerated), 'latex'), name).toBe(files[`tables/${name}.tex`])
    expect(manifest.method.judgePrompts.loose).toContain('{identity fact}')
    // Seed templates are named by id in the manifest, never quoted (content warning).
    expect(manifest.inputs.find((input) => input.kind === 'seed-templates')!.samples.every((sample) => sample.startsWith('id '))).toBe(true)
    for (const [name, text] of entriesOf(exported.base64)) expect(text.includes(PLANTED_KEY), name).toBe(false)
  })

  it('refuses what is not a package, or a damaged one, naming the file and line, and stores nothing', async () => {
    const { call, ok } = open()
    const notZip = await call('runs.importPackage', { fileName: 'notes.zip', base64: Buffer.from('hello').toString('base64') })
    expect(notZip.ok === false && notZip.error.message).toMatch(/notes\.zip is not a readable zip file/)
    const other = zipSync({ 'manifest.json': strToU8('{"format":"something-else"}') })
    const wrong = await call('runs.importPackage', { fileName: 'other.zip', base64: Buffer.from(other).toString('base64') })
    expect(wrong.ok === false && wrong.error.message).toMatch(/is not a Distillscope paper package/)

    const source = open({ env: { PLANTED_KEY } })
    const spec = {
      kind: 'rse',
      models: { ref: model('sim-reference'), s: model('sim-student-far'), judge: model('sim-judge') },
      reference: 'ref',
      students: ['s'],
      judge: 'judge',
      promptSets: [{ name: 'g', setId: 'builtin-general-v1', sample: 3 }],
    }
    const { runId } = await source.ok<{ runId: string }>('runs.start', { spec })
    await source.services.runs.manager.settled(runId)
    const exported = await source.ok<{ base64: string }>('runs.exportPackage', { id: runId })
    const files = unzipSync(Buffer.from(exported.base64, 'base64'))
    const judgments = strFromU8(files['data/rse-judgments.jsonl']!).split('\n')
    judgments[1] = judgments[1]!.replace(/"overall":\d/, '"overall":9')
    files['data/rse-judgments.jsonl'] = strToU8(judgments.join('\n'))
    const damaged = await call('runs.importPackage', { fileName: 'damaged.zip', base64: Buffer.from(zipSync(files)).toString('base64') })
    expect(damaged.ok === false && damaged.error.message).toMatch(/data\/rse-judgments\.jsonl is not valid at line 2: overall/)
    expect(await ok<unknown[]>('runs.list')).toHaveLength(0)
  })
})
