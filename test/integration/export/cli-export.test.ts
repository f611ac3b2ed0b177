import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SaxesParser } from 'saxes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requireBuild, runCliAsync } from '../../support/built-app'
import { inkShare, pngDimensions, requireTool, run } from '../../support/external-tools'

/**
 * `distillscope export` through the built command line, from real runs made by the built command
 * line on the Offline demo's simulator: an RSE run of two students, an ICE run of a leaky target,
 * and an RSE run of that same target (for the RSE-ICE scatter).
 */
const GPTFUZZER_CSV = resolve('../shared/data/gptfuzz/GPTFuzzer.csv')
const folder = mkdtempSync(join(tmpdir(), 'distillscope-cli-export-'))
const dataDir = join(folder, 'data')
const sim = (model: string) => ({ provider: 'simulator', model })
const ids = { rse: '', ice: '', leakyRse: '' }

async function runSpec(name: string, spec: object): Promise<string> {
  const file = join(folder, `${name}.json`)
  writeFileSync(file, JSON.stringify(spec))
  const result = await runCliAsync(['run', file, '--data-dir', dataDir, '--json'])
  expect(result.code, result.stderr).toBe(0)
  return (JSON.parse(result.stdout) as { runId: string }).runId
}

const exportCli = (args: readonly string[]) => runCliAsync(['export', ...args, '--data-dir', dataDir])

beforeAll(async () => {
  requireBuild()
  requireTool('pdftoppm', 'poppler-utils')
  requireTool('pdflatex', 'texlive-latex-base')
  if (!existsSync(GPTFUZZER_CSV)) throw new Error(`The shared test data is missing: ${GPTFUZZER_CSV} (see ../shared/data/README.md)`)
  ids.rse = await runSpec('rse', {
    kind: 'rse',
    models: { ref: sim('sim-reference'), close: sim('sim-student-close'), far: sim('sim-student-far'), judge: sim('sim-judge') },
    reference: 'ref',
    students: ['close', 'far'],
    judge: 'judge',
    promptSets: [
      { name: 'general', setId: 'builtin-general-v1', sample: 6 },
      { name: 'maths', setId: 'builtin-math-v1', sample: 6 },
    ],
  })
  ids.ice = await runSpec('ice', {
    kind: 'ice',
    models: { target: sim('sim-target-leaky'), helper: sim('sim-helper'), judge: sim('sim-judge') },
    target: 'target',
    helper: 'helper',
    judge: 'judge',
    targetFact: 'I am Simulated Model, a large language model developed by Distillscope Labs.',
    questions: { builtin: 'identity-en-zh' },
    seeds: { file: GPTFUZZER_CSV },
    budget: { maxQueries: 100 },
    seed: 4,
  })
  ids.leakyRse = await runSpec('leaky-rse', {
    kind: 'rse',
    name: 'Leaky as a student',
    models: { ref: sim('sim-reference'), leaky: sim('sim-target-leaky'), judge: sim('sim-judge') },
    reference: 'ref',
    students: ['leaky'],
    judge: 'judge',
    promptSets: [{ name: 'general', setId: 'builtin-general-v1', sample: 6 }],
  })
}, 120_000)
afterAll(() => rmSync(folder, { recursive: true, force: true }))

describe('distillscope export: figures', () => {
  it('--list names the figures and tables an RSE run has', async () => {
    const listed = await exportCli([ids.rse, '--list'])
    expect(listed.code, listed.stderr).toBe(0)
    expect(listed.stdout).toMatch(/^ {2}rse-sets\s/m)
    expect(listed.stdout).toMatch(/^ {2}rse-heatmap\s/m)
    expect(listed.stdout).toMatch(/^ {2}rse-aspects\s/m)
    expect(listed.stdout).not.toMatch(/ice-models/)
  })

  it('PNG: pixels are the width in inches times the DPI, 300 DPI by default', async () => {
    const small = join(folder, 'small.png')
    const result = await exportCli([
      ids.rse,
      '--figure',
      'rse-sets',
      '--format',
      'png',
      '--out',
      small,
      '--dpi',
      '150',
      '--width-in',
      '3.3',
      '--aspect',
      '0.75',
    ])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stderr).toContain(`Wrote rse-sets (png, 150 DPI) to ${small}`)
    expect(pngDimensions(readFileSync(small))).toEqual({ width: 495, height: 371 })
    const standard = join(folder, 'standard.png')
    expect((await exportCli([ids.rse, '--figure', 'rse-heatmap', '--out', standard, '--paper-overlay'])).code).toBe(0)
    expect(pngDimensions(readFileSync(standard))).toEqual({ width: 1950, height: 975 })
    expect(await inkShare(readFileSync(standard))).toBeGreaterThan(0.05)
  })

  it("SVG: parses, and the students' model names are text", async () => {
    const out = join(folder, 'rse.svg')
    const result = await exportCli([ids.rse, '--figure', 'rse-sets', '--format', 'svg', '--out', out, '--font', 'sans'])
    expect(result.code, result.stderr).toBe(0)
    const texts: string[] = []
    let current: string | undefined
    const parser = new SaxesParser()
    parser.on('opentag', (tag) => tag.name === 'text' && (current = ''))
    parser.on('text', (value) => current !== undefined && (current += value))
    parser.on('closetag', (tag) => {
      if (tag.name === 'text' && current !== undefined) texts.push(current)
      if (tag.name === 'text') current = undefined
    })
    parser.write(readFileSync(out, 'utf8')).close()
    // Figures print display names: an inline model's is its alias in the spec, not its model id.
    expect(texts).toContain('close')
    expect(texts).toContain('far')
    expect(texts).not.toContain('sim-student-close')
  })

  it('PDF: renders with pdftoppm to a page that is not blank', async () => {
    const out = join(folder, 'ice.pdf')
    const result = await exportCli([ids.ice, '--figure', 'ice-models', '--format', 'pdf', '--out', out, '--paper-overlay'])
    expect(result.code, result.stderr).toBe(0)
    expect(run('pdftoppm', ['-png', '-r', '60', out, join(folder, 'ice-page')]).code).toBe(0)
    expect(await inkShare(join(folder, 'ice-page-1.png'))).toBeGreaterThan(0.02)
    // -raw: in content order, so rotated axis labels come out as whole words.
    // The target's display name: its alias in the spec, not the model id.
    expect(run('pdftotext', ['-raw', out, '-']).stdout).toMatch(/^target$/m)
  })

  it('ICE breakdowns, and the scatter from an RSE and an ICE run of the same model', async () => {
    for (const figure of ['ice-category', 'ice-language']) {
      const result = await exportCli([ids.ice, '--figure', figure, '--out', join(folder, `${figure}.svg`)])
      expect(result.code, result.stderr).toBe(0)
    }
    const listed = await exportCli([ids.ice, ids.leakyRse, '--list'])
    expect(listed.stdout).toMatch(/^ {2}rse-ice-scatter\s/m)
    const scatter = join(folder, 'scatter.svg')
    const result = await exportCli([ids.ice, ids.leakyRse, '--figure', 'rse-ice-scatter', '--out', scatter, '--paper-overlay'])
    expect(result.code, result.stderr).toBe(0)
    // Paired by model id, named by the student's display name (its alias in the RSE spec).
    expect(readFileSync(scatter, 'utf8')).toContain('>leaky</text>')
  })
})

describe('distillscope export: tables', () => {
  it('writes CSV, JSON and Markdown to standard output', async () => {
    const csv = await exportCli([ids.rse, '--table', 'rse', '--format', 'csv', '--out', '-'])
    expect(csv.code, csv.stderr).toBe(0)
    expect(csv.stdout.split('\r\n')[0]).toBe(
      // These runs are the Offline demo's: every row says so (issue 18 item 2).
      'model,general,general_low,general_high,general_n,maths,maths_low,maths_high,maths_n,avg,avg_low,avg_high,published,simulated',
    )
    const json = await exportCli([ids.ice, '--table', 'ice-category', '--format', 'json', '--out', '-'])
    expect((JSON.parse(json.stdout) as { rows: { category: string }[] }).rows.map((row) => row.category)).toEqual([
      'team',
      'cooperation',
      'industry',
      'technology',
      'geography',
    ])
    const markdown = await exportCli([ids.rse, '--table', 'rse-aspects', '--format', 'md', '--out', '-'])
    expect(markdown.stdout).toContain('| Model | general style |')
  })

  it('rse-runs puts two RSE runs side by side, one column per run, and is not offered for one', async () => {
    expect((await exportCli([ids.rse, '--list'])).stdout).not.toMatch(/rse-runs/)
    expect((await exportCli([ids.rse, ids.leakyRse, '--list'])).stdout).toMatch(/^ {2}rse-runs\s/m)
    const csv = await exportCli([ids.rse, ids.leakyRse, '--table', 'rse-runs', '--format', 'csv', '--out', '-'])
    expect(csv.code, csv.stderr).toBe(0)
    const [header, ...rows] = csv.stdout.trim().split('\r\n')
    expect(header).toBe(['model', ...[ids.rse, ids.leakyRse].flatMap((id) => [id, `${id}_low`, `${id}_high`, `${id}_n`]), 'published', 'simulated'].join(','))
    expect(rows.map((row) => row.split(',')[0])).toEqual(['sim-student-close', 'sim-student-far', 'sim-target-leaky'])
    // Each student is in one run only: the other run's four fields are empty.
    expect(rows[0]).toMatch(/^sim-student-close,[\d.]+,[\d.]+,[\d.]+,12,,,,,false,true$/)
    expect(rows[2]).toMatch(/^sim-target-leaky,,,,,[\d.]+,[\d.]+,[\d.]+,6,false,true$/)
    const markdown = await exportCli([ids.rse, ids.leakyRse, '--table', 'rse-runs', '--format', 'md', '--out', '-'])
    expect(markdown.stdout).toContain('The prompt sets differ')
    // The printed columns are the runs' names, not their ids.
    const printedHeader = markdown.stdout.split('\n').find((line) => line.startsWith('| Model')) ?? ''
    expect(printedHeader).toContain('Leaky as a student')
    for (const id of [ids.rse, ids.leakyRse]) expect(printedHeader).not.toContain(id)
    const one = await exportCli([ids.rse, '--table', 'rse-runs', '--format', 'md', '--out', '-'])
    expect(one.code).toBe(2)
    expect(one.stderr).toContain('rse-runs compares RSE runs: it needs two or more (got 1)')
  })

  it('writes a LaTeX table (format from the .tex extension) that pdflatex compiles', async () => {
    const tex = join(folder, 'rse-table.tex')
    const result = await exportCli([ids.rse, '--table', 'rse', '--out', tex, '--paper-overlay'])
    expect(result.code, result.stderr).toBe(0)
    writeFileSync(
      join(folder, 'doc.tex'),
      '\\documentclass{article}\n\\usepackage{booktabs}\n\\usepackage{graphicx}\n\\begin{document}\n\\input{rse-table.tex}\n\\end{document}\n',
    )
    const compiled = run('pdflatex', ['-halt-on-error', '-interaction=nonstopmode', 'doc.tex'], folder)
    expect(compiled.code, compiled.stdout.slice(-2000)).toBe(0)
    expect(run('pdftotext', [join(folder, 'doc.pdf'), '-']).stdout).toContain('sim-student-close')
  })
})

describe('distillscope export: mistakes', () => {
  it('an unknown run exits 2 and lists the runs there are', async () => {
    const result = await exportCli(['run_missing', '--figure', 'rse-sets', '--out', join(folder, 'x.png')])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('No run run_missing in this data folder. Runs there:')
    expect(result.stderr).toContain(ids.rse)
  })

  it('an unknown or unavailable figure or table exits 2 naming the ones the runs have', async () => {
    const unknown = await exportCli([ids.rse, '--figure', 'pie', '--out', join(folder, 'x.png')])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('There is no figure "pie". These runs have: rse-sets, rse-heatmap.')
    const wrongKind = await exportCli([ids.rse, '--table', 'ice', '--out', join(folder, 'x.csv')])
    expect(wrongKind.code).toBe(2)
    expect(wrongKind.stderr).toContain('ice needs at least one ICE run. These runs have: rse, rse-aspects, rse-pairs.')
    const noOverlay = await exportCli([ids.ice, '--figure', 'ice-category', '--out', join(folder, 'x.png'), '--paper-overlay'])
    expect(noOverlay.code).toBe(2)
    expect(noOverlay.stderr).toMatch(/publishes no values for ice-category/)
  })

  it('a missing or unsuitable format, or nothing to export, exits 2 and says what to do', async () => {
    const noFormat = await exportCli([ids.rse, '--table', 'rse', '--out', join(folder, 'x.xlsx')])
    expect(noFormat.code).toBe(2)
    expect(noFormat.stderr).toContain('Say which format with --format (csv, json, md, latex)')
    const tableAsPng = await exportCli([ids.rse, '--table', 'rse', '--format', 'png', '--out', join(folder, 'x.png')])
    expect(tableAsPng.code).toBe(2)
    expect(tableAsPng.stderr).toContain('A table can be exported as csv, json, md, latex, not png.')
    const nothing = await exportCli([ids.rse])
    expect(nothing.code).toBe(2)
    expect(nothing.stderr).toContain('Say what to export')
    const noOut = await exportCli([ids.rse, '--figure', 'rse-sets'])
    expect(noOut.code).toBe(2)
    expect(noOut.stderr).toContain('--out FILE')
  })

  it('a folder without data exits 2, an unwritable file exits 1, a bad DPI is refused', async () => {
    const empty = join(folder, 'no-data-here')
    const noData = await runCliAsync(['export', ids.rse, '--figure', 'rse-sets', '--out', join(folder, 'x.png'), '--data-dir', empty])
    expect(noData.code).toBe(2)
    expect(noData.stderr).toContain('There is no Distillscope data in')
    expect(existsSync(empty)).toBe(false)
    const unwritable = await exportCli([ids.rse, '--figure', 'rse-sets', '--out', join(folder, 'missing-folder', 'x.png')])
    expect(unwritable.code).toBe(1)
    expect(unwritable.stderr).toContain('its folder does not exist')
    const dpi = await exportCli([ids.rse, '--figure', 'rse-sets', '--out', join(folder, 'x.png'), '--dpi', '5000'])
    expect(dpi.code).not.toBe(0)
    expect(dpi.stderr).toContain('--dpi is a whole number from 50 to 1200')
    const font = await exportCli([ids.rse, '--figure', 'rse-sets', '--out', join(folder, 'x.png'), '--font', 'comic'])
    expect(font.code).not.toBe(0)
    expect(font.stderr).toMatch(/Allowed choices are serif, sans/)
  })
})

describe('distillscope export: simulated data says so in every file (issue 18 item 2)', () => {
  const note = "Simulated data: the Offline demo's generated answers, not real model output."
  const exported = async (args: readonly string[], file: string) => {
    const out = join(folder, file)
    const result = await exportCli([...args, '--out', out])
    expect(result.code, result.stderr).toBe(0)
    return out
  }

  it('figures: the note on the page (PDF text, SVG text), in the PDF and SVG metadata, and without the title', async () => {
    const pdf = await exported([ids.rse, '--figure', 'rse-sets'], 'sim.pdf')
    expect(run('pdftotext', ['-raw', pdf, '-']).stdout.replace(/\s+/g, ' ')).toContain('Simulated data')
    const info = run('pdfinfo', [pdf]).stdout
    expect(info).toMatch(/Subject:\s+Simulated data/)
    expect(info).toMatch(/Keywords:\s+simulated data/)
    const svg = readFileSync(await exported([ids.ice, '--figure', 'ice-category'], 'sim.svg'), 'utf8')
    expect(svg).toMatch(/<svg\b[^>]*><desc>Simulated data: the Offline demo/)
    expect(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('Simulated data')
    // A paper leaves the title off (it has a caption): the note still prints.
    const untitled = await exported([ids.rse, '--figure', 'rse-sets', '--no-title'], 'sim-untitled.pdf')
    expect(run('pdftotext', ['-raw', untitled, '-']).stdout.replace(/\s+/g, ' ')).toContain('Simulated data')
  })

  it('tables: LaTeX comment and caption, Markdown comment and note, a CSV column and a JSON field', async () => {
    const tex = readFileSync(await exported([ids.rse, '--table', 'rse'], 'sim.tex'), 'utf8')
    expect(tex.split('\n')[1]).toBe(`% ${note}`)
    expect(tex).toMatch(/\\caption\{[^}]*Simulated data/)
    const md = readFileSync(await exported([ids.ice, '--table', 'ice'], 'sim.md'), 'utf8')
    expect(md.split('\n')[0]).toBe(`<!-- ${note} -->`)
    const csv = readFileSync(await exported([ids.rse, '--table', 'rse'], 'sim.csv'), 'utf8')
      .trim()
      .split('\r\n')
    expect(csv[0]!.split(',').at(-1)).toBe('simulated')
    expect(csv.slice(1).every((line) => line.endsWith(',true'))).toBe(true)
    const json = JSON.parse(readFileSync(await exported([ids.ice, '--table', 'ice'], 'sim.json'), 'utf8')) as { simulated?: boolean; notes: string[] }
    expect(json.simulated).toBe(true)
    expect(json.notes[0]).toBe(note)
  })

  it('the paper package: README, methods paragraph, results and every figure and table inside', async () => {
    const zipFile = join(folder, 'sim-package.zip')
    const result = await exportCli([ids.rse, '--package', zipFile])
    expect(result.code, result.stderr).toBe(0)
    const files = unzipSync(readFileSync(zipFile))
    const text = (path: string) => strFromU8(files[path]!)
    expect(text('README.txt')).toContain(note)
    expect(text('methods.md').split('\n')[0]).toMatch(/^> Simulated data: .* Simulated models: .*sim-reference/)
    expect((JSON.parse(text('results.json')) as { simulatedModels?: string[] }).simulatedModels).toEqual(expect.arrayContaining(['sim-reference', 'sim-judge']))
    const figures = Object.keys(files).filter((path) => path.startsWith('figures/') && path.endsWith('.svg'))
    expect(figures.length).toBeGreaterThan(0)
    for (const path of figures) expect(text(path), path).toContain('<desc>Simulated data')
    for (const path of Object.keys(files).filter((name) => name.endsWith('.tex'))) expect(text(path), path).toContain(`% ${note}`)
  })
})
