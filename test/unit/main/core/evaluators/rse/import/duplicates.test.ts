import { describe, expect, it } from 'vitest'
import { normalisePrompt } from '../../../../../../../src/main/core/evaluators/rse/import/duplicates'
import { prepareImport } from '../../../../../../../src/main/core/evaluators/rse/import/prepare-import'
import { toPreview } from '../../../../../../../src/main/core/evaluators/rse/import/preview'

const content = ['{"prompt": "What is 2+2?"}', '{"prompt": "  what   is\\n2+2?  "}', '{"prompt": "Something else"}', '{"prompt": "WHAT IS 2+2?"}'].join('\n')

describe('duplicate prompts', () => {
  it('compares trimmed, whitespace-collapsed, case-insensitive, Unicode-normalised text', () => {
    expect(normalisePrompt('  Hello\n\t World ')).toBe('hello world')
    expect(normalisePrompt('Cafe\u0301')).toBe(normalisePrompt('Café'))
    expect(normalisePrompt('a b')).not.toBe(normalisePrompt('ab'))
  })

  it('are reported in the preview with the item they repeat, and skipped by default', () => {
    const preview = toPreview(prepareImport('set.jsonl', content))
    expect(preview.duplicateCount).toBe(2)
    expect(preview.duplicates).toEqual([
      { id: 'line-2', line: 2, duplicateOf: 'line-1' },
      { id: 'line-4', line: 4, duplicateOf: 'line-1' },
    ])
    expect(preview.itemCount).toBe(2)
    expect(preview.items.map((item) => item.id)).toEqual(['line-1', 'line-3'])
    expect(preview.canImport).toBe(true)
  })

  it('are kept when asked, still counted', () => {
    const prepared = prepareImport('set.jsonl', content, { keepDuplicates: true })
    expect(prepared.items).toHaveLength(4)
    expect(prepared.duplicates).toHaveLength(2)
  })

  it('change the content hash only through what is stored', () => {
    const skipped = prepareImport('set.jsonl', content)
    const kept = prepareImport('set.jsonl', content, { keepDuplicates: true })
    const unique = prepareImport('other-name.jsonl', '{"prompt": "What is 2+2?"}\n\n\n{"prompt": "Something else"}')
    expect(skipped.contentHash).not.toBe(kept.contentHash)
    expect(unique.items.map((item) => item.id)).toEqual(['line-1', 'line-4'])
    expect(unique.contentHash).not.toBe(skipped.contentHash) // ids differ (line-4 vs line-3)
    expect(prepareImport('copy.jsonl', content).contentHash).toBe(skipped.contentHash)
  })
})
