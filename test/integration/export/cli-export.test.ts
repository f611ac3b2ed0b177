import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { SaxesParser } from 'saxes'
import { describe, expect, it } from 'vitest'
import { runCliAsync } from '../../support/built-app'
import { inkShare, pngDimensions, run } from '../../support/external-tools'
import { useExportRuns } from './export-runs'

/**
 * `distillscope export` through the built command line, from real runs made by the built command
 * line on the Offline demo's simulator (export-runs.ts): figures, tables and mistakes.
 */
const { ids, folder, exportCli } = useExportRuns()

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
