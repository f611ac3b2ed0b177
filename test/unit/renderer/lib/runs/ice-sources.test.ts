import { describe, expect, it } from 'vitest'
import { budgetExplanation, questionCount, sourceOptions, specSource, specSourceText } from '../../../../../src/renderer/src/lib/runs/ice-sources'
import type { IceSetSummary } from '../../../../../src/shared/contract/index'

function set(id: string, kind: 'questions' | 'seeds', name: string, itemCount: number, builtin = false, counts: Record<string, number> = {}): IceSetSummary {
  return { id, kind, name, builtin, sourceNote: '', itemCount, counts, contentHash: 'h', createdAt: '2025-01-01T00:00:00.000Z' }
}

describe('question and seed sources', () => {
  it('offers the built-ins even before the library answers', () => {
    const options = sourceOptions('questions', undefined)
    expect(options.map((option) => option.value)).toEqual(['builtin:identity-en-zh', 'builtin:identity-en', 'builtin:identity-zh'])
    expect(sourceOptions('seeds', undefined).map((option) => option.value)).toEqual(['builtin:distillscope-roleplay-v1'])
  })

  it('merges a library entry for a built-in and lists saved sets after', () => {
    const sets = [
      set('identity-en-zh', 'questions', 'Identity (built in)', 50, true, { en: 25, zh: 25 }),
      set('qs-1', 'questions', 'My questions', 12, false, { en: 10, unknown: 2 }),
      set('gptfuzz', 'seeds', 'GPTFuzzer', 77),
    ]
    const options = sourceOptions('questions', sets)
    expect(options).toHaveLength(4)
    expect(options[0]!.description).toMatch(/^50 questions\. /)
    expect(options[3]).toEqual({ value: 'set:qs-1', label: 'My questions', description: '12 questions (10 English, 2 untagged)' })
    expect(sourceOptions('seeds', sets).map((option) => option.value)).toEqual(['builtin:distillscope-roleplay-v1', 'set:gptfuzz'])
  })

  it('turns an option into the spec’s source and back into words', () => {
    expect(specSource('builtin:identity-en')).toEqual({ builtin: 'identity-en' })
    expect(specSource('set:abc')).toEqual({ setId: 'abc' })
    expect(specSource('set:')).toBeUndefined()
    expect(specSource('')).toBeUndefined()
    expect(specSourceText({ builtin: 'identity-zh' }, 'questions')).toBe('Identity questions, Chinese (built in)')
    expect(specSourceText({ file: 'q.csv' }, 'questions')).toBe('The file q.csv')
  })

  it('explains the query budget in templates', () => {
    expect(questionCount('builtin:identity-en-zh', undefined)).toBe(50)
    expect(questionCount('set:qs-1', [set('qs-1', 'questions', 'Mine', 12)])).toBe(12)
    expect(budgetExplanation(1000, 50)).toMatch(/^With 50 questions, about 20 rewritten templates are asked every question \(1,000 answers to judge\)/)
    expect(budgetExplanation(100, 50)).toMatch(/about 2 rewritten templates/)
    expect(budgetExplanation(undefined, 50)).toMatch(/^Each rewritten template/)
  })
})
