import { describe, expect, it } from 'vitest'
import { categoryLabel } from '../../../../../src/renderer/src/lib/format'
import {
  characterCount,
  factStatus,
  NOT_GIVEN,
  placeholderCounts,
  questionLanguageLabel,
  questionCountsText,
  rateText,
  seedCountsText,
  setItemsText,
  sortFacts,
  sortSets,
} from '../../../../../src/renderer/src/lib/ice-library/format'
import type { IdentityFactView } from '../../../../../src/shared/contract/ice-library'

describe('question and template counts', () => {
  it('lists languages in a fixed order, untagged questions last, and leaves out empty ones', () => {
    expect(questionCountsText({ zh: 25, en: 25 })).toBe('25 English, 25 Chinese')
    expect(questionCountsText({ unknown: 3, en: 1200 })).toBe('1,200 English, 3 without a language')
    expect(questionCountsText({ en: 0, zh: 2 })).toBe('2 Chinese')
    expect(questionCountsText({})).toBe('No questions')
  })

  it('reads the placeholder counts whatever the backend calls them, "without" before "with"', () => {
    expect(placeholderCounts({ withPlaceholder: 70, withoutPlaceholder: 7 })).toEqual({ withPlaceholder: 70, withoutPlaceholder: 7 })
    expect(placeholderCounts({ with_placeholder: 5, missing_placeholder: 1 })).toEqual({ withPlaceholder: 5, withoutPlaceholder: 1 })
    expect(seedCountsText({ withPlaceholder: 77, withoutPlaceholder: 0 })).toBe('77 with the placeholder')
    expect(seedCountsText({ withPlaceholder: 60, withoutPlaceholder: 2 })).toBe('60 with the placeholder, 2 without')
  })

  it('names the items by kind, singular when there is one', () => {
    expect(setItemsText({ kind: 'questions', itemCount: 50 })).toBe('50 questions')
    expect(setItemsText({ kind: 'seeds', itemCount: 1 })).toBe('1 template')
  })

  it('labels languages and aspects, saying plainly when none was given', () => {
    expect(questionLanguageLabel('zh')).toBe('Chinese')
    expect(questionLanguageLabel(undefined)).toBe('Not given')
    expect(questionLanguageLabel('unknown')).toBe('Not given')
    expect(categoryLabel('geography', NOT_GIVEN)).toBe('Geography')
    expect(categoryLabel(undefined, NOT_GIVEN)).toBe('Not given')
  })
})

describe('ordering', () => {
  it('puts built-in sets first in the order they came, then imported ones oldest first', () => {
    const sets = [
      { name: 'b', builtin: false, createdAt: '2025-02-01' },
      { name: 'a', builtin: false, createdAt: '2025-01-01' },
      { name: 'z', builtin: true, createdAt: '2025-03-01' },
      { name: 'y', builtin: true, createdAt: '2025-03-01' },
    ]
    expect(sortSets(sets).map((set) => set.name)).toEqual(['z', 'y', 'a', 'b'])
  })

  it('sorts facts by vendor, ignoring capitals', () => {
    const fact = (id: string, vendor: string): IdentityFactView => ({ id, vendor, series: [], keywords: [], fact: 'x', builtin: true, edited: false })
    expect(sortFacts([fact('1', 'xAI'), fact('2', 'Anthropic'), fact('3', 'Zhipu AI'), fact('4', 'OpenAI')]).map((item) => item.vendor)).toEqual([
      'Anthropic',
      'OpenAI',
      'xAI',
      'Zhipu AI',
    ])
  })
})

describe('fact status', () => {
  it('tells a shipped fact, a changed one and one the person added apart', () => {
    expect(factStatus({ builtin: true, edited: false })).toBe('builtin')
    expect(factStatus({ builtin: true, edited: true })).toBe('edited')
    expect(factStatus({ builtin: false, edited: false })).toBe('added')
  })
})

describe('rateText', () => {
  it('gives the rate as a fraction with three decimals, its interval and the counts', () => {
    expect(
      rateText({
        count: 340,
        n: 1000,
        rate: 0.34,
        low: 0.3113,
        high: 0.3699,
        ciMethod: 'wilson',
        rowsIndependent: { low: 0.3113, high: 0.3699, ciMethod: 'wilson' },
        paper: { n: 1000, rate: 0.34 },
      }),
    ).toEqual({ rate: '0.340', interval: '0.311–0.370', count: '340 of 1,000' })
  })

  it('says there is no rate when there were no rows', () => {
    expect(
      rateText({
        count: 0,
        n: 0,
        rate: null,
        low: null,
        high: null,
        ciMethod: 'wilson',
        rowsIndependent: { low: null, high: null, ciMethod: 'wilson' },
        paper: { n: 0, rate: null },
      }),
    ).toEqual({ rate: '–', interval: '', count: '0 of 0' })
  })
})

describe('characterCount', () => {
  it('counts characters as people do, a Chinese character or an emoji as one', () => {
    expect(characterCount('你是谁？')).toBe(4)
    expect(characterCount('hi 👋')).toBe(4)
  })
})
