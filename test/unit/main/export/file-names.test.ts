import { describe, expect, it } from 'vitest'
import { exportFileName, safeFileStem } from '../../../../src/main/export/file-names'
import { packageFileName } from '../../../../src/main/ipc/handlers/runs'

describe('safeFileStem', () => {
  it('keeps letters, digits, dot, dash and underscore; anything else becomes one dash', () => {
    expect(safeFileStem('Budget demo: GPT/4o?')).toBe('Budget-demo-GPT-4o')
    expect(safeFileStem('a_b.c-d')).toBe('a_b.c-d')
  })

  it('drops accents instead of splitting the word, and never starts or ends with a dot or dash', () => {
    expect(safeFileStem('Café résumé')).toBe('Cafe-resume')
    expect(safeFileStem('..hidden..')).toBe('hidden')
    expect(safeFileStem('--x--')).toBe('x')
  })

  it('is empty when nothing survives, and cut to the length asked for', () => {
    expect(safeFileStem('模型 对比')).toBe('')
    expect(safeFileStem('x'.repeat(100))).toHaveLength(60)
    expect(safeFileStem('abc def', 4)).toBe('abc')
  })
})

describe('exportFileName', () => {
  it('one run: its name in lower case, then what, then the extension', () => {
    expect(exportFileName(['Budget demo'], 'ice-models', 'png')).toBe('budget-demo-ice-models.png')
    expect(exportFileName(['模型'], 'rse', 'tex')).toBe('run-rse.tex')
  })

  it('keeps the whole run name, reference included; a very long one keeps its start and its end (issue 18 item 4)', () => {
    const name = 'RSE: Offline demo student (close), Offline demo student (far) vs Offline demo reference'
    expect(exportFileName([name], 'rse-sets', 'pdf')).toBe('rse-offline-demo-student-close-offline-demo-student-far-vs-offline-demo-reference-rse-sets.pdf')
    const long = `RSE: ${Array.from({ length: 8 }, (_, index) => `Student number ${index}`).join(', ')} vs The reference model`
    const file = exportFileName([long], 'rse', 'csv')
    expect(file.length).toBeLessThanOrEqual(130)
    expect(file).toMatch(/^rse-student-number-0-student-number-1-.*--.*-vs-the-reference-model-rse\.csv$/)
  })

  it('several runs: the first and how many more, or how many when the first has no usable name', () => {
    expect(exportFileName(['Budget demo', 'Other', 'Third'], 'ice-models', 'svg')).toBe('budget-demo-and-2-more-ice-models.svg')
    expect(exportFileName(['模型', 'Other'], 'ice', 'csv')).toBe('2-runs-ice.csv')
  })
})

describe('packageFileName', () => {
  it('uses the same slug, keeping the case it always had', () => {
    expect(packageFileName('Package demo', 'run_1')).toBe('Package-demo-run_1-package.zip')
    expect(packageFileName('??', 'run_1')).toBe('run-run_1-package.zip')
  })
})
