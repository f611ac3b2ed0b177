import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLogger } from '../../../src/main/core/log'
import { createRouter } from '../../../src/main/ipc/router'
import { createServices, type Services } from '../../../src/main/compose-services'
import type { Envelope, FigureFile, IceResults, RseResults, TableFile } from '../../../src/shared/contract'
import { buildTable } from '../../../src/shared/tables/catalogue'
import { formatTable } from '../../../src/shared/tables/formats'
import { pngDimensions, pngPixelsPerInch } from '../../support/external-tools'

/**
 * The `exports.*` routes through the real router, over runs made on the Offline demo's simulator:
 * a small RSE run and a small ICE run. Files are checked from their bytes (PNG header, SVG text,
 * PDF signature) and tables against the shared writers the command line uses.
 */
const sim = (model: string) => ({ provider: 'simulator', model })
const dataDir = mkdtempSync(join(tmpdir(), 'distillscope-exports-routes-'))
// One set of services for the whole file (support/services closes its own after every test): the runs are made once.
let services: Services
let app: { call: (route: string, input: unknown) => Promise<Envelope<unknown>>; ok: <T>(route: string, input: unknown) => Promise<T> }
const ids = { rse: '', ice: '' }

async function makeRun(spec: object): Promise<string> {
  const { runId } = await app.ok<{ runId: string }>('runs.start', { spec })
  expect((await services.runs.manager.settled(runId)).status).toBe('completed')
  return runId
}

beforeAll(async () => {
  services = createServices({ dataDir, log: silentLogger, env: {} })
  const router = createRouter(services.handlers, { log: silentLogger, isTrustedSender: () => true })
  const call = (route: string, input: unknown) => router.dispatch(route, input, { url: 'test' })
  app = {
    call,
    ok: async <T>(route: string, input: unknown): Promise<T> => {
      const result = await call(route, input)
      if (!result.ok) throw new Error(`${route} failed: ${JSON.stringify(result.error)}`)
      return result.data as T
    },
  }
  ids.rse = await makeRun({
    kind: 'rse',
    name: 'RSE export demo',
    models: { ref: sim('sim-reference'), close: sim('sim-student-close'), judge: sim('sim-judge') },
    reference: 'ref',
    students: ['close'],
    judge: 'judge',
    promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 4 }],
  })
  ids.ice = await makeRun({
    kind: 'ice',
    name: 'ICE export démo',
    models: { target: sim('sim-target-leaky'), helper: sim('sim-helper'), judge: sim('sim-judge') },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
    questions: { builtin: 'identity-en' },
    seeds: { builtin: 'distillscope-roleplay-v1' },
    budget: { maxQueries: 30 },
    seed: 3,
  })
}, 120_000)

afterAll(async () => {
  await services?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const figure = (input: object) => app.ok<FigureFile>('exports.figure', input)
const table = (input: object) => app.ok<TableFile>('exports.table', input)
const bytesOf = (file: FigureFile) => new Uint8Array(Buffer.from(file.base64, 'base64'))

/** The failure's envelope; a success fails the test. */
async function refused(route: string, input: object) {
  const result: Envelope<unknown> = await app.call(route, input)
  if (result.ok) throw new Error(`${route} should have been refused`)
  return result.error
}

describe('exports.figure', () => {
  it('PNG: exactly width x DPI pixels with the DPI recorded, named after the run (accents dropped)', async () => {
    const file = await figure({ runIds: [ids.ice], name: 'ice-models', format: 'png', dpi: 300, style: { widthIn: 3.3, aspect: 0.6 } })
    expect(file).toMatchObject({ fileName: 'ice-export-demo-ice-models.png', mimeType: 'image/png' })
    expect(pngDimensions(bytesOf(file))).toEqual({ width: 990, height: 594 })
    expect(pngPixelsPerInch(bytesOf(file))).toBe(300)
  })

  it('PNG: 300 DPI and the paper style by default', async () => {
    const file = await figure({ runIds: [ids.rse], name: 'rse-heatmap', format: 'png' })
    expect(pngDimensions(bytesOf(file))).toEqual({ width: 1950, height: 975 })
  })

  it('SVG keeps the model names as text; PDF is a PDF', async () => {
    const svg = await figure({ runIds: [ids.rse], name: 'rse-sets', format: 'svg', style: { font: 'sans', title: false } })
    expect(svg).toMatchObject({ fileName: 'rse-export-demo-rse-sets.svg', mimeType: 'image/svg+xml' })
    const text = Buffer.from(svg.base64, 'base64').toString('utf8')
    // The display name (an inline model's alias), not the model id.
    expect(text).toMatch(/<text[^>]*>close</)
    expect(text).not.toMatch(/<text[^>]*>[^<]*sim-student-close/)
    expect(text).toContain('Liberation Sans')
    const pdf = await figure({ runIds: [ids.ice], name: 'ice-category', format: 'pdf' })
    expect(pdf).toMatchObject({ fileName: 'ice-export-demo-ice-category.pdf', mimeType: 'application/pdf' })
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('several runs: the first run and how many more; the paper overlay where the paper has values', async () => {
    const file = await figure({ runIds: [ids.ice, ids.rse], name: 'ice-models', format: 'svg', paperOverlay: true })
    expect(file.fileName).toBe('ice-export-demo-and-1-more-ice-models.svg')
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toContain('(paper)')
  })

  it('refuses a DPI out of range, a DPI for a vector format, too many pixels, an unknown figure, no runs, a run twice', async () => {
    for (const dpi of [10, 5000]) {
      const error = await refused('exports.figure', { runIds: [ids.ice], name: 'ice-models', format: 'png', dpi })
      expect(error).toMatchObject({ code: 'invalid_input', issues: [{ path: 'dpi', message: 'The DPI must be from 50 to 1200.' }] })
    }
    expect((await refused('exports.figure', { runIds: [ids.ice], name: 'ice-models', format: 'png', dpi: 300.5 })).message).toContain(
      'The DPI is a whole number.',
    )
    expect((await refused('exports.figure', { runIds: [ids.ice], name: 'ice-models', format: 'svg', dpi: 300 })).message).toContain('A DPI applies to PNG only')
    const huge = await refused('exports.figure', { runIds: [ids.ice], name: 'ice-models', format: 'png', dpi: 1200, style: { widthIn: 20, aspect: 3 } })
    expect(huge.message).toMatch(/24000 × 72000 pixels is too large; lower the DPI or the width/)
    const unknown = await refused('exports.figure', { runIds: [ids.ice], name: 'pie-chart', format: 'png' })
    expect(unknown).toMatchObject({ code: 'invalid_input', issues: [{ path: 'name' }] })
    expect(unknown.message).toContain('Figures: rse-sets, rse-heatmap, rse-normalised, ice-models')
    expect(await refused('exports.figure', { runIds: [], name: 'ice-models', format: 'png' })).toMatchObject({
      issues: [{ path: 'runIds', message: 'Choose at least one run.' }],
    })
    expect((await refused('exports.figure', { runIds: [ids.ice, ids.ice], name: 'ice-models', format: 'png' })).message).toContain(
      'Each run can be chosen only once.',
    )
    expect((await refused('exports.figure', { runIds: [ids.ice], name: 'ice-models', format: 'png', style: { fontSizePt: 2 } })).issues?.[0]?.path).toBe(
      'style.fontSizePt',
    )
  })

  it('a figure these runs cannot give names the ones they can; so does an overlay the paper has no values for', async () => {
    const error = await refused('exports.figure', { runIds: [ids.ice], name: 'rse-sets', format: 'png' })
    expect(error).toEqual({
      code: 'invalid_input',
      message: 'rse-sets needs exactly one RSE run (got 0). These runs have: ice-models, ice-category, ice-language.',
    })
    const overlay = await refused('exports.figure', { runIds: [ids.ice], name: 'ice-language', format: 'svg', paperOverlay: true })
    expect(overlay).toEqual({ code: 'invalid_input', message: 'The paper publishes no values for ice-language, so there is nothing to overlay.' })
  })

  it('an unknown run is not found, and the message lists the runs there are', async () => {
    const error = await refused('exports.figure', { runIds: [ids.ice, 'run_gone'], name: 'ice-models', format: 'png' })
    expect(error.code).toBe('not_found')
    expect(error.message).toContain('No run run_gone in this data folder. Runs there:')
    expect(error.message).toContain(`${ids.rse} (RSE, completed): RSE export demo`)
  })
})

describe('exports.table', () => {
  it('LaTeX: the same text as the shared writer, named after the run', async () => {
    const file = await table({ runIds: [ids.rse], name: 'rse', format: 'latex' })
    expect(file).toMatchObject({ fileName: 'rse-export-demo-rse.tex', mimeType: 'application/x-tex' })
    expect(file.text).toContain('\\toprule')
    expect(file.text).toContain('sim-student-close')
    const results = await app.ok<RseResults>('results.rse', { runId: ids.rse })
    expect(file.text).toBe(formatTable(buildTable('rse', { rse: [results], ice: [] }), 'latex'))
  })

  it('CSV, JSON and Markdown, with the paper overlay where the paper has values', async () => {
    const results = await app.ok<IceResults>('results.ice', { runId: ids.ice })
    const csv = await table({ runIds: [ids.ice], name: 'ice', format: 'csv', paperOverlay: true })
    expect(csv).toMatchObject({ fileName: 'ice-export-demo-ice.csv', mimeType: 'text/csv' })
    expect(csv.text).toBe(formatTable(buildTable('ice', { rse: [], ice: [results] }, { paperOverlay: true }), 'csv'))
    expect(csv.text).toContain('sim-target-leaky')
    const json = await table({ runIds: [ids.ice], name: 'ice-mutator', format: 'json' })
    expect(json.mimeType).toBe('application/json')
    expect(() => JSON.parse(json.text)).not.toThrow()
    expect((await table({ runIds: [ids.ice], name: 'ice-category', format: 'md' })).fileName).toBe('ice-export-demo-ice-category.md')
  })

  it('refuses a table these runs cannot give, an overlay with no paper values, an unknown format and an unknown run', async () => {
    expect(await refused('exports.table', { runIds: [ids.rse], name: 'ice', format: 'latex' })).toEqual({
      code: 'invalid_input',
      message: 'ice needs at least one ICE run. These runs have: rse, rse-aspects.',
    })
    expect((await refused('exports.table', { runIds: [ids.rse], name: 'rse-aspects', format: 'csv', paperOverlay: true })).message).toBe(
      'The paper publishes no values for rse-aspects, so there is nothing to overlay.',
    )
    expect((await refused('exports.table', { runIds: [ids.rse], name: 'rse', format: 'docx' })).message).toContain(
      'A table can be saved as csv, json, md, latex.',
    )
    expect((await refused('exports.table', { runIds: ['run_gone'], name: 'rse', format: 'csv' })).code).toBe('not_found')
  })
})
