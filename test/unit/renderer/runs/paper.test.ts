import { describe, expect, it } from 'vitest'
import { comparePaper, paperCitation, paperRows, paperSetOf } from '../../../../src/renderer/src/features/results/paper'
import { PAPER_RSE_TABLE } from '../../../../src/shared/paper/rse-table'

describe('the paper’s table', () => {
  it('is shown as printed: every row, three decimals, Avg last', () => {
    const rows = paperRows()
    expect(rows).toHaveLength(PAPER_RSE_TABLE.rows.length)
    expect(rows[0]).toEqual({ model: 'Llama3.1-70B-Instruct', cells: ['3.435', '3.726', '3.723'], avg: '3.628' })
    // Trailing zeros the paper printed are kept.
    expect(rows.find((row) => row.model === 'Doubao-Pro-32k')).toEqual({ model: 'Doubao-Pro-32k', cells: ['3.412', '4.125', '3.623'], avg: '3.720' })
    expect(rows.at(-1)!.model).toBe('GPT4o-0513')
  })

  it('cites its source', () => {
    expect(paperCitation()).toBe('Lee et al., “Quantification of Large Language Model Distillation”, ACL 2025 (long paper), arXiv 2501.12619.')
  })
})

describe('which of the paper’s sets a run’s set is', () => {
  it('recognises them by name', () => {
    expect(paperSetOf('Arena-Hard v0.1')).toBe('ArenaHard')
    expect(paperSetOf('arena_hard')).toBe('ArenaHard')
    expect(paperSetOf('NuminaMath-CoT')).toBe('Numina')
    expect(paperSetOf('ShareGPT sample')).toBe('ShareGPT')
    expect(paperSetOf('Share GPT')).toBe('ShareGPT')
    expect(paperSetOf('General reasoning')).toBeUndefined()
  })
})

describe('comparing a run with the paper', () => {
  it('says a run with another reference and sets is not comparable', () => {
    const comparison = comparePaper({ referenceModel: 'sim-reference', judgeModel: 'sim-judge', sets: ['General reasoning'], simulated: true })
    expect(comparison.closest).toBe(false)
    expect(comparison.sameReference).toBe(false)
    expect(comparison.otherSets).toEqual(['General reasoning'])
    expect(comparison.notes[0]).toMatch(/simulated models/)
    expect(comparison.notes.join(' ')).toMatch(/not gpt-4o-2024-08-06/)
    expect(comparison.notes.join(' ')).toMatch(/its column has no counterpart/)
    expect(comparison.notes.join(' ')).toMatch(/its own judge/)
  })

  it('says a run with the paper’s reference and sets is broadly comparable, never identical', () => {
    const comparison = comparePaper({
      referenceModel: 'gpt-4o-2024-08-06',
      judgeModel: 'claude-3-5-sonnet',
      sets: ['Arena-Hard', 'NuminaMath', 'ShareGPT'],
      simulated: false,
      rubric: 'as-published',
    })
    expect(comparison.closest).toBe(true)
    expect(comparison.matchedSets.map((set) => set.paper)).toEqual(['ArenaHard', 'Numina', 'ShareGPT'])
    expect(comparison.notes.join(' ')).toMatch(/broadly comparable/)
    expect(comparison.notes.join(' ')).toMatch(/500 prompts of ArenaHard/)
    expect(comparison.notes.join(' ')).not.toMatch(/not comparable/)
  })

  it('warns when the judge did not use the rubric with the paper’s structure, or edited it (issue 15 item 4)', () => {
    const paperRun = { referenceModel: 'gpt-4o-2024-08-06', judgeModel: 'j', sets: ['Arena-Hard', 'NuminaMath', 'ShareGPT'], simulated: false }
    const ours = comparePaper({ ...paperRun, rubric: 'distillscope' })
    expect(ours.closest).toBe(false)
    expect(ours.notes.join(' ')).toMatch(/Distillscope’s rubric, not one with the paper’s structure/)
    expect(comparePaper(paperRun).closest).toBe(false)
    const edited = comparePaper({ ...paperRun, rubric: 'as-published', judgePromptEdited: true })
    expect(edited.closest).toBe(false)
    expect(edited.notes.join(' ')).toMatch(/edited the judge prompt/)
    expect(comparePaper({ ...paperRun, rubric: 'as-published' }).notes.join(' ')).not.toMatch(/rubric/)
  })

  it('is not comparable when the reference differs even with the paper’s sets', () => {
    const comparison = comparePaper({ referenceModel: 'gpt-4o', judgeModel: undefined, sets: ['arena-hard'], simulated: false })
    expect(comparison.closest).toBe(false)
    expect(comparison.notes.join(' ')).toMatch(/Your reference is gpt-4o, not gpt-4o-2024-08-06/)
  })

  it('names the sets without a counterpart when some match', () => {
    const comparison = comparePaper({ referenceModel: 'gpt-4o-2024-08-06', judgeModel: 'x', sets: ['Arena-Hard', 'Mine', 'Yours'], simulated: false })
    expect(comparison.closest).toBe(false)
    expect(comparison.notes.join(' ')).toMatch(/sets “Mine”, “Yours” are not among the paper’s/)
  })

  it('copes with an unknown reference model', () => {
    expect(comparePaper({ referenceModel: undefined, judgeModel: undefined, sets: [], simulated: false }).notes.join(' ')).toMatch(
      /Your reference is another model/,
    )
  })
})
