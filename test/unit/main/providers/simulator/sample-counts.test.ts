import { describe, expect, it } from 'vitest'
import { SampleCounts } from '../../../../../src/main/providers/simulator/sample-counts'
import { chat } from './support'

describe('sample counts', () => {
  it('give a repeated request at temperature > 0 the next samples, n at a time', () => {
    const counts = new SampleCounts()
    const request = chat('sim-student-close', 'Why is the sky blue?', { temperature: 0.7, samples: 3 })
    expect(counts.firstSample(request)).toBe(0)
    counts.recordSuccess(request)
    expect(counts.firstSample(request)).toBe(3)
    counts.recordSuccess(request)
    expect(counts.firstSample(request)).toBe(6)
  })

  it('keep each model, question, temperature and request seed apart', () => {
    const counts = new SampleCounts()
    const request = chat('sim-student-close', 'Why is the sky blue?', { temperature: 0.7 })
    counts.recordSuccess(request)
    expect(counts.firstSample(request)).toBe(1)
    expect(counts.firstSample({ ...request, model: 'sim-student-far' })).toBe(0)
    expect(counts.firstSample(chat('sim-student-close', 'Why is the sea blue?', { temperature: 0.7 }))).toBe(0)
    expect(counts.firstSample({ ...request, temperature: 0.8 })).toBe(0)
    expect(counts.firstSample({ ...request, requestSeed: 2 })).toBe(0)
    // Streaming and max_tokens do not change what is sampled: the same content shares the count.
    expect(counts.firstSample({ ...request, stream: true, maxTokens: 10 })).toBe(1)
  })

  it('count nothing at temperature 0', () => {
    const counts = new SampleCounts()
    const request = chat('sim-student-close', 'Why is the sky blue?', { temperature: 0 })
    counts.recordSuccess(request)
    counts.recordSuccess(request)
    expect(counts.firstSample(request)).toBe(0)
    expect(counts.size).toBe(0)
  })

  it('start again after clear', () => {
    const counts = new SampleCounts()
    const request = chat('sim-student-close', 'Why is the sky blue?', { temperature: 1 })
    counts.recordSuccess(request)
    expect(counts.size).toBe(1)
    counts.clear()
    expect(counts.size).toBe(0)
    expect(counts.firstSample(request)).toBe(0)
  })
})
