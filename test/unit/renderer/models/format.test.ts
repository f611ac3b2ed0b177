import { describe, expect, it } from 'vitest'
import {
  errorClassTitle,
  formatLatency,
  formatLimits,
  formatMaxCost,
  formatPrices,
  limitLines,
  priceLines,
  replyExcerpt,
} from '../../../../src/renderer/src/features/models/format'
import type { LlmErrorClass } from '../../../../src/shared/contract/models'

describe('formatMaxCost', () => {
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
