import { describe, expect, it } from 'vitest'
import { chooseFormat, decimalNumber } from '../../../../src/main/cli/export-options'

describe('export format', () => {
  it("comes from --format, else from the output file's extension", () => {
    expect(chooseFormat('figure', undefined, 'out/fig.PDF')).toBe('pdf')
    expect(chooseFormat('table', undefined, 'table.tex')).toBe('latex')
    expect(chooseFormat('table', 'md', 'anything.txt')).toBe('md')
  })

  it('must suit what is exported, and the message lists what does', () => {
    expect(() => chooseFormat('figure', undefined, 'fig.csv')).toThrow('A figure can be exported as png, svg, pdf, not csv.')
    expect(() => chooseFormat('table', undefined, '-')).toThrow('Say which format with --format (csv, json, md, latex)')
    expect(() => chooseFormat('figure', 'jpeg', 'x.png')).toThrow(/not jpeg/)
  })
})

describe('decimal options', () => {
  it('accept plain decimals in range and refuse the rest, saying the range', () => {
    const width = decimalNumber('--width-in', 1, 20)
    expect(width('3.3')).toBe(3.3)
    expect(width('20')).toBe(20)
    for (const bad of ['0.5', '21', '-2', '3,3', '1e1', 'wide', '']) expect(() => width(bad)).toThrow('--width-in is a number from 1 to 20')
  })
})
