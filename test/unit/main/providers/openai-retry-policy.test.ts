import { describe, expect, it } from 'vitest'
import { retryDelayMs, statusIsRetried } from '../../../../src/main/providers/openai-retry-policy'

const headers = (values: Record<string, string> = {}) => new Headers(values)

describe('statusIsRetried (the SDK’s rule, kept by the direct path)', () => {
  it.each([
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
    [422, false],
  ])('status %i: retried %s', (status, retried) => {
    expect(statusIsRetried(status, headers())).toBe(retried)
  })

  it('lets the provider decide with x-should-retry, either way', () => {
    expect(statusIsRetried(400, headers({ 'x-should-retry': 'true' }))).toBe(true)
    expect(statusIsRetried(503, headers({ 'x-should-retry': 'false' }))).toBe(false)
    expect(statusIsRetried(503, headers({ 'x-should-retry': 'maybe' }))).toBe(true)
  })
})

describe('retryDelayMs', () => {
  const noJitter = () => 0
  it('waits what the provider advised, in milliseconds first, then seconds, then as a date', () => {
    expect(retryDelayMs(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), 4, 4, noJitter)).toBe(250)
    expect(retryDelayMs(headers({ 'retry-after': '2.5' }), 4, 4, noJitter)).toBe(2500)
    const inFiveSeconds = new Date(Date.now() + 5_000).toUTCString()
    const waited = retryDelayMs(headers({ 'retry-after': inFiveSeconds }), 4, 4, noJitter)
    // An HTTP date has whole seconds, so the wait is up to a second shorter than five.
    expect(waited).toBeGreaterThan(3_000)
    expect(waited).toBeLessThanOrEqual(5_000)
  })

  it('ignores advice longer than a minute, negative or unreadable, and backs off instead', () => {
    const advices: Record<string, string>[] = [
      { 'retry-after-ms': '60001' },
      { 'retry-after': '-3' },
      { 'retry-after': 'soon' },
      { 'retry-after-ms': 'NaN', 'retry-after': '61' },
    ]
    for (const advice of advices) expect(retryDelayMs(headers(advice), 4, 4, noJitter)).toBe(500)
  })

  it('backs off from half a second, doubling per retry up to eight, less up to a quarter at random', () => {
    const waits = [5, 4, 3, 2, 1].map((retriesLeft) => retryDelayMs(undefined, retriesLeft, 5, noJitter))
    expect(waits).toEqual([500, 1_000, 2_000, 4_000, 8_000])
    expect(retryDelayMs(undefined, 0, 6, noJitter)).toBe(8_000)
    expect(retryDelayMs(undefined, 4, 4, () => 0.999_999)).toBeCloseTo(375, 0)
  })
})
