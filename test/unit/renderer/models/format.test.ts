import { describe, expect, it } from 'vitest'
import {
  errorClassTitle,
  formatLatency,
  formatLimits,
  formatMaxCost,
  formatPrices,
  formatTokens,
  formatUsd,
  limitLines,
  priceLines,
  replyExcerpt,
} from '../../../../src/renderer/src/features/models/format'
import type { LlmErrorClass } from '../../../../src/shared/contract/models'

describe('formatUsd', () => {
  it.each([
    [0, '$0'],
    [-1, '$0'],
    [Number.NaN, '$0'],
    [0.00002, '$0.00002'],
    [0.0000234, '$0.000023'],
    [1e-9, '$0.000000001'],
    [0.0099, '$0.0099'],
    [0.01, '$0.01'],
    [0.075, '$0.075'],
    [0.0123, '$0.0123'],
    [2.5, '$2.50'],
    [10, '$10.00'],
    [1234.5, '$1,234.50'],
  ])('%d → %s', (amount, text) => {
    expect(formatUsd(amount)).toBe(text)
  })

  it('never writes an exponent', () => {
    for (const amount of [1e-7, 3.3e-12, 5e-5]) expect(formatUsd(amount)).not.toMatch(/e/i)
  })

  it('says "at most" for the cost shown before a test', () => {
    expect(formatMaxCost(0.00002)).toBe('at most $0.00002')
  })
})

describe('prices and limits', () => {
  it('writes prices per million tokens', () => {
    expect(priceLines({ inputPerMTok: 2.5, outputPerMTok: 10 })).toEqual(['$2.50 input', '$10.00 output'])
    expect(formatPrices({ inputPerMTok: 0.15, outputPerMTok: 0.6 })).toBe('$0.15 input · $0.60 output')
    expect(formatPrices({ inputPerMTok: 0, outputPerMTok: 0 })).toBe('$0 input · $0 output')
  })

  it('writes limits, with or without a per-minute limit', () => {
    expect(limitLines({ maxConcurrent: 8 })).toEqual(['8 at a time', 'no per-minute limit'])
    expect(formatLimits({ maxConcurrent: 2, rpm: 1500 })).toBe('2 at a time · 1,500 per minute')
  })
})

describe('test results', () => {
  it('writes latency in ms below a second, then seconds', () => {
    expect(formatLatency(0)).toBe('0 ms')
    expect(formatLatency(840.4)).toBe('840 ms')
    expect(formatLatency(1000)).toBe('1.0 s')
    expect(formatLatency(12_345)).toBe('12.3 s')
  })

  it('writes tokens in and out', () => {
    expect(formatTokens(21, 1)).toBe('21 in, 1 out')
    expect(formatTokens(12_000, 3)).toBe('12,000 in, 3 out')
  })

  it.each([
    ['auth', 'Key refused'],
    ['quota', 'Out of credit'],
    ['rate_limit', 'Rate limited'],
    ['server', 'Provider unavailable'],
    ['network', 'Cannot reach the provider'],
    ['timeout', 'Timed out'],
    ['bad_request', 'Request rejected'],
    ['content_filter', 'Blocked by content filter'],
    ['cancelled', 'Cancelled'],
  ] satisfies [LlmErrorClass, string][])('titles %s as "%s"', (errorClass, title) => {
    expect(errorClassTitle(errorClass)).toBe(title)
  })

  it('has a title for a class this version does not know, and not for inherited names', () => {
    expect(errorClassTitle('overloaded')).toBe('The test failed')
    expect(errorClassTitle('toString')).toBe('The test failed')
  })

  it('shows a reply on one line, cut with an ellipsis', () => {
    expect(replyExcerpt('  OK\n')).toBe('OK')
    expect(replyExcerpt('a\n\n b\tc')).toBe('a b c')
    expect(replyExcerpt('   ')).toBe('(an empty reply)')
    const long = replyExcerpt('word '.repeat(100), 20)
    expect(long.length).toBeLessThanOrEqual(20)
    expect(long.endsWith('…')).toBe(true)
  })
})
