import { describe, expect, it } from 'vitest'
import { cacheKeyFor } from '../../../../../src/main/core/llm/cache-key'
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

describe('cost', () => {
  it('prices tokens per million', () => {
    expect(costOf({ inputTokens: 1_000_000, outputTokens: 500_000 }, { inputPerMTok: 2.5, outputPerMTok: 10 })).toBeCloseTo(7.5)
    expect(costOf({ inputTokens: 0, outputTokens: 0 }, { inputPerMTok: 2.5, outputPerMTok: 10 })).toBe(0)
  })
})
