import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderPdf } from '../../../src/main/export/render-pdf'
import type { IceResults } from '../../../src/shared/contract/ice-results'
import type { RseResults } from '../../../src/shared/contract/results'
import { buildFigure, paperStyle } from '../../../src/shared/figures'
import { buildTable, TABLE_NAMES, type TableName } from '../../../src/shared/tables/catalogue'
import { tableToLatex } from '../../../src/shared/tables/formats'
import { inkShare, requireTool, run } from '../../support/external-tools'
import { iceFixture, rseFixture, withRseChecks } from '../../support/figure-fixtures'

/** The acceptance test's model names: each breaks LaTeX unless escaped. */
const NAMES = ['a_b', '50%', 'R&D'] as const

function rseWithNames(): RseResults {
  const base = rseFixture()
  const [a, b] = base.students.map((student) => student.alias)
  // Pairs too, so rse-pairs (issue 14) is built and its model names escaped.
  const pairs = [{ a: a!, b: b!, diff: -0.12, ci: { low: -0.3, high: 0.05 }, p: 0.2, adjustedP: 0.2, adjustedExcludesZero: false }]
  return {
    ...base,
    students: base.students.map((student, index) => ({ ...student, model: NAMES[index]! })),
    pairs,
    rankStability: [{ alias: a!, rank: 2, keepsRank: 0.7 }],
  }
}

const sources = { rse: [rseWithNames()], ice: [iceFixture('a_b', 'a'), iceFixture('50%', 'b', [200, 90, 12]), iceFixture('R&D', 'c', [15, 2, 0])] }
/** rse-runs compares runs: a second RSE run, and run names that break LaTeX too. */
const twoRseRuns = {
  ...sources,
  rse: [sources.rse[0]!, { ...rseWithNames(), runId: 'run_second' }],
  runs: [
    { id: sources.rse[0]!.runId, name: 'R&D run #1' },
    { id: 'run_second', name: '50% sample_2' },
  ],
}
/** Panels of two judges (issue 13), with names LaTeX must escape, for the tables that compare judges. */
const judges = [
  { alias: 'j1', model: 'gpt-4o_mini' },
  { alias: 'j2', model: 'R&D judge #2' },
]
function rsePanel(run: RseResults): RseResults {
  const lower = run.students.map((student) => ({ ...student, ...(student.avg !== undefined ? { avg: student.avg - 0.3 } : {}) }))
  return {
    ...run,
    judges,
    perJudge: [
      { judge: 'j1', students: run.students },
      { judge: 'j2', students: lower },
    ],
    agreement: { items: 300, alpha: 0.71, ci: [0.6, 0.8], exact: 0.5, withinOne: 0.9 },
  }
}
function icePanel(run: IceResults): IceResults {
  const own = { loose: run.scores.loose, strict: run.scores.strict, looseUnjudged: 0, strictUnjudged: 0 }
  return {
    ...run,
    judges,
    perJudge: [
      { judge: 'j1', ...own },
      { judge: 'j2', ...own },
    ],
    agreement: { items: 900, kappa: 0.62, ci: [0.5, 0.7], exact: 0.8 },
  }
}
/** Three fuzzing replicates (issue 16): each the run's own rates, under its own seed. */
function iceReplicated(run: IceResults): IceResults {
  const own = { loose: run.scores.loose, strict: run.scores.strict, hard: run.scores.hard, n: run.scores.rows }
  return {
    ...run,
    replicates: [0, 1, 2].map((replicate) => ({ replicate, seed: 7 + replicate, ...own })),
    spread: { loose: 0.02, strict: 0.01, hard: null },
  }
}
const sourcesFor = (name: TableName) =>
  name === 'ice-replicates'
    ? { ...sources, ice: [iceReplicated(sources.ice[0]!)] }
    : name === 'rse-judges'
      ? { ...sources, rse: [rsePanel(sources.rse[0]!)] }
      : name === 'ice-judges'
        ? { ...sources, ice: [icePanel(sources.ice[0]!)] }
        : name.startsWith('ice-')
          ? { ...sources, ice: [sources.ice[0]!] }
          : name === 'rse-runs'
            ? twoRseRuns
            : name === 'rse-calibration' || name === 'rse-normalised' || name === 'rse-position'
              ? { ...sources, rse: [withRseChecks(sources.rse[0]!)] }
              : sources
const folder = mkdtempSync(join(tmpdir(), 'distillscope-latex-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

beforeAll(() => {
  requireTool('pdflatex', 'texlive-latex-base')
  requireTool('kpsewhich', 'texlive-latex-base')
  if (!run('kpsewhich', ['booktabs.sty']).stdout.trim())
    throw new Error("booktabs.sty is missing: install Debian's texlive-latex-recommended (run the apt-get lines of .ci/run).")
  requireTool('pdftotext', 'poppler-utils')
})

function compile(name: string, body: string): { log: string; pdf: string } {
  const tex = join(folder, `${name}.tex`)
  writeFileSync(
    tex,
    [
      '\\documentclass{article}',
      '\\usepackage[T1]{fontenc}',
      '\\usepackage{booktabs}',
      '\\usepackage{graphicx}',
      '\\begin{document}',
      body,
      '\\end{document}',
      '',
    ].join('\n'),
  )
  const result = run('pdflatex', ['-halt-on-error', '-interaction=nonstopmode', '-no-shell-escape', `${name}.tex`], folder)
  const log = `${result.stdout}\n${result.stderr}`
  expect(result.code, log.slice(-3000)).toBe(0)
  return { log, pdf: join(folder, `${name}.pdf`) }
}

describe('LaTeX tables compile with pdflatex', () => {
  it.each(TABLE_NAMES.map((name) => [name]))('%s', (name: TableName) => {
    const overlay = name === 'rse' || name === 'ice'
    const table = buildTable(name, sourcesFor(name), { paperOverlay: overlay })
    const { pdf, log } = compile(name, tableToLatex(table))
    expect(existsSync(pdf)).toBe(true)
    expect(log).not.toMatch(/Overfull \\hbox .* too wide/)
    const text = run('pdftotext', ['-layout', pdf, '-']).stdout
    if (name === 'rse' || name === 'ice' || name === 'rse-runs') for (const model of NAMES) expect(text).toContain(model)
    if (name === 'rse-runs') expect(text).toMatch(/R&D run #1\s+50% sample_2/)
    if (name === 'rse-judges') expect(text).toMatch(/R&D judge #2 Avg[\s\S]*Krippendor\S*\s+alpha\s+\(ordinal\)\s+0\.71/) // pdftotext may keep the ff ligature
    if (name === 'ice-judges') expect(text).toMatch(/Fleiss\S*\s+kappa\s+0\.62/)
    if (name === 'rse-normalised') for (const model of NAMES) expect(text).toContain(model)
    if (name === 'rse-position') expect(text).toMatch(/judge_model[\s\S]*favours one position/)
    if (name === 'ice-replicates') expect(text).toMatch(/Between-replicate SD/)
  })

  it('a paper-like document with every table and a PDF figure', async () => {
    const style = paperStyle({ widthIn: 4.5 })
    writeFileSync(join(folder, 'figure.pdf'), renderPdf(buildFigure('ice-models', sources, { style, paperOverlay: true }), style, 'ICE per model'))
    const tables = (['rse', 'ice'] as const).map((name) => tableToLatex(buildTable(name, sources, { paperOverlay: true })))
    const { pdf } = compile(
      'paper',
      [...tables, '\\begin{figure}[t]\\centering\\includegraphics{figure.pdf}\\caption{ICE per model.}\\end{figure}'].join('\n\n'),
    )
    const text = run('pdftotext', ['-layout', pdf, '-']).stdout
    for (const model of NAMES) expect(text).toContain(model)
    expect(text).toContain('GLM-4-Plus (paper)')
    // The figure's own text survives inclusion: it is vector text, not pixels.
    expect(text).toContain('ICE: identity contradictions per model')
    const page = join(folder, 'paper-page')
    expect(run('pdftoppm', ['-png', '-r', '40', '-f', '1', '-l', '1', pdf, page]).code).toBe(0)
    expect(await inkShare(`${page}-1.png`)).toBeGreaterThan(0.005)
  })
})
