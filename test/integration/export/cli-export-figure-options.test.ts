import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBuild, runCliAsync } from '../../support/built-app'

/**
 * `distillscope export --color-range` and `--zoom` (issue 18 item 3) through the built command
 * line, on an RSE run of the Offline demo's simulator: what --help says, what the options change
 * in the file, and the usage errors when a figure does not take them.
 */
const folder = mkdtempSync(join(tmpdir(), 'distillscope-cli-figure-options-'))
const dataDir = join(folder, 'data')
const sim = (model: string) => ({ provider: 'simulator', model })
let rseRun = ''

const exportCli = (args: readonly string[]) => runCliAsync(['export', ...args, '--data-dir', dataDir])
const svgTexts = (file: string) => [...readFileSync(file, 'utf8').matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!)

beforeAll(async () => {
  requireBuild()
  const spec = join(folder, 'rse.json')
  writeFileSync(
    spec,
    JSON.stringify({
      kind: 'rse',
      models: { ref: sim('sim-reference'), close: sim('sim-student-close'), judge: sim('sim-judge') },
      reference: 'ref',
      students: ['close'],
      judge: 'judge',
      promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 4 }],
    }),
  )
  const result = await runCliAsync(['run', spec, '--data-dir', dataDir, '--json'])
  expect(result.code, result.stderr).toBe(0)
  rseRun = (JSON.parse(result.stdout) as { runId: string }).runId
}, 120_000)
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('distillscope export: figure scales', () => {
  it('--help names both options and what they do', async () => {
    const help = await runCliAsync(['export', '--help'])
    expect(help.stdout).toMatch(/--color-range <range>[\s\S]*fixed[\s\S]*data/)
    expect(help.stdout).toMatch(/--zoom\s+ICE rate figures and the scatter/)
  })

  it('the heat map is on 1-5 by default; --color-range data spans the data and its colour bar says so', async () => {
    const fixed = join(folder, 'fixed.svg')
    expect((await exportCli([rseRun, '--figure', 'rse-heatmap', '--out', fixed])).code).toBe(0)
    expect(svgTexts(fixed)).toEqual(expect.arrayContaining(['RSE (1-5)', '1', '5']))
    const data = join(folder, 'data.svg')
    const result = await exportCli([rseRun, '--figure', 'rse-heatmap', '--out', data, '--color-range', 'data'])
    expect(result.code, result.stderr).toBe(0)
    expect(svgTexts(data)).toContain('RSE (data range)')
    expect(svgTexts(data)).not.toContain('RSE (1-5)')
  })

  it('refuses an unknown range, an option the figure does not take, and options without a figure (exit 2 or commander’s error)', async () => {
    const unknown = await exportCli([rseRun, '--figure', 'rse-heatmap', '--out', join(folder, 'x.svg'), '--color-range', 'wide'])
    expect(unknown.code).not.toBe(0)
    expect(unknown.stderr).toMatch(/Allowed choices are fixed, data/)
    const zoomHeatmap = await exportCli([rseRun, '--figure', 'rse-heatmap', '--out', join(folder, 'x.svg'), '--zoom'])
    expect(zoomHeatmap.code).toBe(2)
    expect(zoomHeatmap.stderr).toContain('Only the ICE rate figures and the scatter zoom to the data; rse-heatmap keeps its whole scale.')
    const rangeSets = await exportCli([rseRun, '--figure', 'rse-sets', '--out', join(folder, 'x.svg'), '--color-range', 'data'])
    expect(rangeSets.code).toBe(2)
    expect(rangeSets.stderr).toContain('Only the heat map (rse-heatmap) has colours to fit to the data range; rse-sets has none.')
    const table = await exportCli([rseRun, '--table', 'rse', '--out', join(folder, 'x.csv'), '--zoom'])
    expect(table.code).toBe(2)
    expect(table.stderr).toContain('--color-range and --zoom change a figure: use them with --figure NAME.')
  })

  it('--list says which figures take which option', async () => {
    const listed = await exportCli([rseRun, '--list'])
    expect(listed.stdout).toMatch(/^ {2}rse-heatmap\s.*; --color-range data$/m)
    expect(listed.stdout).not.toMatch(/^ {2}rse-sets\s.*--color-range/m)
  })
})
