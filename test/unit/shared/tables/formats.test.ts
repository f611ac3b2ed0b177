import { describe, expect, it } from 'vitest'
import { bestCells } from '../../../../src/shared/tables/best'
import { escapeLatex, formatTable, tableToCsv, tableToJson, tableToLatex, tableToMarkdown } from '../../../../src/shared/tables/formats'
import { intervalText } from '../../../../src/shared/tables/interval'
import { number, text, type Table } from '../../../../src/shared/tables/table'

const table: Table = {
  name: 'demo',
  title: 'Demo 100% & more',
  columns: [
    { key: 'model', label: 'Model' },
    { key: 'score', label: 'score_1', best: 'max' },
    { key: 'rate', label: 'rate', best: 'min' },
  ],
  rows: [
    { cells: [text('a_b'), number(3.4504, 3, { low: 3.3504, high: 3.5504, n: 48 }), number(0.2, 3, { low: 0.15, high: 0.27 })] },
    { cells: [text('50%'), number(3.4496, 3, { low: 3.3, high: 3.6 }), number(0.1, 3)] },
    { cells: [text('R&D, "lab"'), number(null, 3), number(0.4, 3)] },
    { published: true, cells: [text('=HYPERLINK("x")'), number(2.5, 3), number(0.3, 2)] },
  ],
  notes: ['Bold: best. Under $5 ~ ^ # {x} \\ end.'],
}

describe('LaTeX escaping', () => {
  it('escapes all ten special characters once, never an escape again', () => {
    expect(escapeLatex('a_b 50% R&D #1 $5 {x} ~ ^ \\')).toBe('a\\_b 50\\% R\\&D \\#1 \\$5 \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}')
    expect(escapeLatex('\\_')).toBe('\\textbackslash{}\\_')
    expect(escapeLatex('line\nbreak')).toBe('line break')
    // A model name cannot run TeX: commands, groups and ^^ character codes all print as text.
    expect(escapeLatex('\\input{/etc/passwd}^^5c')).toBe('\\textbackslash{}input\\{/etc/passwd\\}\\textasciicircum{}\\textasciicircum{}5c')
  })
})

describe('best values and intervals', () => {
  it("bolds the best value as printed, ties included, per the column's direction", () => {
    const best = bestCells(table)
    expect([...best[0]!]).toEqual([])
    // 3.4504 and 3.4496 both print 3.450.
    expect([...best[1]!].sort()).toEqual([0, 1])
    expect([...best[2]!]).toEqual([1])
  })

  it('never ranks a published row, however good', () => {
    const withPaper: Table = { ...table, rows: [...table.rows, { published: true, cells: [text('paper'), number(4.9, 3), number(0.01, 3)] }] }
    const best = bestCells(withPaper)
    expect([...best[1]!].sort()).toEqual([0, 1])
    expect([...best[2]!]).toEqual([1])
  })

  it('prints ± when both sides agree at the printed precision, +a/-b otherwise', () => {
    expect(intervalText(number(3.45, 3, { low: 3.35, high: 3.55 }))).toEqual({ value: '3.450', plusMinus: '0.100' })
    expect(intervalText(number(0.2, 3, { low: 0.15, high: 0.27 }))).toEqual({ value: '0.200', plus: '0.070', minus: '0.050' })
    expect(intervalText(number(0.2, 2))).toEqual({ value: '0.20' })
    expect(intervalText(number(null, 2))).toBeUndefined()
  })
})

describe('CSV', () => {
  const csv = tableToCsv(table)
  const lines = csv.trimEnd().split('\r\n')

  it('has value, interval and n columns unrounded, and marks published rows', () => {
    expect(lines[0]).toBe('model,score,score_low,score_high,score_n,rate,rate_low,rate_high,published')
    expect(lines[1]).toBe('a_b,3.4504,3.3504,3.5504,48,0.2,0.15,0.27,false')
    expect(lines[3]).toBe('"R&D, ""lab""",,,,,0.4,,,false')
    expect(lines[4]!.endsWith(',true')).toBe(true)
  })

  it('keeps a spreadsheet from running a model name as a formula', () => {
    expect(lines[4]!.startsWith(`"'=HYPERLINK(""x"")"`)).toBe(true)
  })
})

describe('JSON', () => {
  it('keys each row by column with unrounded numbers, intervals and n', () => {
    const json = tableToJson(table)
    expect(json.rows[0]).toEqual({ model: 'a_b', score: { value: 3.4504, low: 3.3504, high: 3.5504, n: 48 }, rate: { value: 0.2, low: 0.15, high: 0.27 } })
    expect(json.rows[2]!.score).toEqual({ value: null })
    expect(json.rows[3]!.published).toBe(true)
    expect(JSON.parse(formatTable(table, 'json'))).toEqual(json)
  })
})

describe('Markdown', () => {
  const markdown = tableToMarkdown(table)

  it('escapes what Markdown would read, bolds the best, shows intervals', () => {
    expect(markdown).toContain('| Model | score\\_1 | rate |')
    expect(markdown).toContain('| :-- | --: | --: |')
    expect(markdown).toContain('| a\\_b | **3.450** ± 0.100 | 0.200 (+0.070/−0.050) |')
    expect(markdown).toContain('| R&D, "lab" | – | 0.400 |')
  })
})

describe('LaTeX', () => {
  const latex = tableToLatex(table)

  it('is a booktabs float with escaped text, bold best values, ± and asymmetric intervals', () => {
    expect(latex).toContain('\\begin{tabular}{lrr}')
    expect(latex).toMatch(/\\toprule\nModel & score\\_1 & rate \\\\\n\\midrule/)
    expect(latex).toContain('a\\_b & \\textbf{3.450} $\\pm$ 0.100 & 0.200$^{+0.070}_{-0.050}$ \\\\')
    expect(latex).toContain('50\\% & \\textbf{3.450} $\\pm$ 0.150 & \\textbf{0.100} \\\\')
    expect(latex).toContain('R\\&D, "lab" & -- & 0.400 \\\\')
    expect(latex).toContain('\\caption{Demo 100\\% \\& more. Bold: best. Under \\$5 \\textasciitilde{} \\textasciicircum{} \\#')
    expect(latex).toContain('\\label{tab:distillscope-demo}')
  })

  it('puts grouped columns under a shared heading with a cmidrule, and fits the text width only when wider', () => {
    const grouped: Table = { ...table, columns: [table.columns[0]!, { ...table.columns[1]!, group: 'set_1' }, { ...table.columns[2]!, group: 'set_1' }] }
    const latex = tableToLatex(grouped)
    expect(latex).toContain('\\toprule\n & \\multicolumn{2}{c}{set\\_1} \\\\\n\\cmidrule(lr){2-3}\nModel & score\\_1 & rate \\\\')
    expect(latex).toContain('\\ifdim\\wd\\distillscopetablebox>\\linewidth\\resizebox{\\linewidth}{!}')
    expect(tableToLatex(table, { fitWidth: false })).not.toContain('resizebox')
    expect(tableToMarkdown(grouped)).toContain('| Model | set\\_1 score\\_1 | set\\_1 rate |')
  })

  it('sets published rows apart with a rule, and refuses a label that could break out', () => {
    expect(latex).toMatch(/0\.400 \\\\\n\\midrule\n'?=HYPERLINK/)
    expect(() => tableToLatex(table, { label: 'x}\\input{/etc/passwd' })).toThrow(/label/)
  })
})

describe('a table of simulated runs (issue 18 item 2)', () => {
  const simulated: Table = { ...table, simulated: true, notes: ['Simulated data: demo.', ...table.notes] }

  it('every format says so; a real table says nothing of it', () => {
    expect(tableToLatex(simulated, { label: 'tab:x' }).split('\n')[1]).toMatch(/^% Simulated data: the Offline demo/)
    expect(tableToLatex(table, { label: 'tab:x' })).not.toMatch(/Simulated/)
    expect(tableToMarkdown(simulated).split('\n')[0]).toMatch(/^<!-- Simulated data: the Offline demo.* -->$/)
    expect(tableToMarkdown(table)).not.toMatch(/<!--/)
    const csv = tableToCsv(simulated).trim().split('\r\n')
    expect(csv[0]!.endsWith(',published,simulated')).toBe(true)
    expect(csv.slice(1).every((line) => line.endsWith(',true'))).toBe(true)
    expect(tableToCsv(table).split('\r\n')[0]!.endsWith(',published')).toBe(true)
    expect(tableToJson(simulated).simulated).toBe(true)
    expect('simulated' in tableToJson(table)).toBe(false)
  })
})
