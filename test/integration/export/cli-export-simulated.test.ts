import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { run } from '../../support/external-tools'
import { useExportRuns } from './export-runs'

/** Exports of the Offline demo's runs say in every file that the data is simulated (issue 18 item 2). */
const { ids, folder, exportCli } = useExportRuns()

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
