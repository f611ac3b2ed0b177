import { describe, expect, it } from 'vitest'
import { cacheKeyFor, stableStringify } from '../../../../../src/main/core/llm/cache-key'
import { costOf } from '../../../../../src/main/core/llm/cost'

const endpoint = { kind: 'openai' as const, baseURL: 'https://api.openai.com/v1', model: 'gpt-4o' }
const request = { messages: [{ role: 'user' as const, content: 'Hi' }], params: { temperature: 0, systemPrompt: 'You are a helpful assistant.' } }

describe('cache key', () => {
  it('is the same for the same request, whatever the order of fields', () => {
    const reordered = { params: { systemPrompt: 'You are a helpful assistant.', temperature: 0 }, messages: [{ content: 'Hi', role: 'user' as const }] }
    expect(cacheKeyFor(endpoint, reordered)).toBe(cacheKeyFor(endpoint, request))
    expect(cacheKeyFor(endpoint, { ...request, sampleIndex: 0 })).toBe(cacheKeyFor(endpoint, request))
  })

  it('changes with anything that can change the answer', () => {
    const key = cacheKeyFor(endpoint, request)
    expect(cacheKeyFor({ ...endpoint, model: 'gpt-4o-mini' }, request)).not.toBe(key)
    expect(cacheKeyFor({ ...endpoint, baseURL: 'https://proxy.example/v1' }, request)).not.toBe(key)
    expect(cacheKeyFor(endpoint, { ...request, params: { ...request.params, temperature: 0.7 } })).not.toBe(key)
    expect(cacheKeyFor(endpoint, { ...request, params: { ...request.params, maxTokens: 10 } })).not.toBe(key)
    expect(cacheKeyFor(endpoint, { ...request, sampleIndex: 1 })).not.toBe(key)
    expect(cacheKeyFor(endpoint, { ...request, messages: [{ role: 'user', content: 'Hi!' }] })).not.toBe(key)
  })
})

/** The writer as it was first written: keys already stored in users' caches were made with it. */
function referenceStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(referenceStringify).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${referenceStringify(entry)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

describe('stable stringify', () => {
  it('writes exactly what the first version wrote, so stored cache keys still match', () => {
    const samples: unknown[] = [
      'plain',
      'quotes " and \\ and \n and 日本語 and \u2028',
      42,
      -0.5,
      null,
      true,
      [],
      {},
      [1, undefined, 'x', null, [2, [3]]],
      // eslint-disable-next-line no-sparse-arrays
      [1, , 3],
      { b: 1, a: [{ z: undefined, y: 'y' }], c: { '': 0, B: 1, b: 2, é: 3 } },
      { nested: { deeper: { deepest: [{}, [], ''] } }, skipped: undefined },
      { f: () => 1, inArray: [() => 1] },
      new Date(0),
    ]
    for (const sample of samples) expect(stableStringify(sample)).toBe(referenceStringify(sample))
  })

  it('still differs when only the order inside an array differs', () => {
    expect(stableStringify([1, 2])).not.toBe(stableStringify([2, 1]))
  })
})

describe('cache key, pinned', () => {
  it('is the key the first version gave for this request (a change would orphan every stored reply)', () => {
    const endpoint = { kind: 'openai' as const, baseURL: 'https://api.openai.com/v1', model: 'gpt-4o' }
    const pinned = {
      messages: [{ role: 'user' as const, content: 'Hi "there"\n日本語 ✓' }],
      params: { temperature: 0, systemPrompt: 'You are a helpful assistant.' },
    }
    expect(cacheKeyFor(endpoint, pinned)).toBe('f714d00c3427abdfb151e8a8370d0f44a1e74e0f40c942da8d0f027334d41406')
  })
})

describe('cost', () => {
  it('prices tokens per million', () => {
    expect(costOf({ inputTokens: 1_000_000, outputTokens: 500_000 }, { inputPerMTok: 2.5, outputPerMTok: 10 })).toBeCloseTo(7.5)
    expect(costOf({ inputTokens: 0, outputTokens: 0 }, { inputPerMTok: 2.5, outputPerMTok: 10 })).toBe(0)
  })
})
