import { describe, expect, it } from 'vitest'
import { excerpt, formatCount, formatDate, formatTokens, formatUsd, truncateText } from '../../../../src/renderer/src/lib/format'

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
})

describe('tokens', () => {
  it('writes tokens in and out', () => {
    expect(formatTokens(21, 1)).toBe('21 in, 1 out')
    expect(formatTokens(12_000, 3)).toBe('12,000 in, 3 out')
  })

  it('formats tokens', () => {
    expect(formatTokens(12_345, 6_789)).toBe('12,345 in, 6,789 out')
  })
})

describe('small formats', () => {
  it('counts with the right plural and thousands separators', () => {
    expect(formatCount(1, 'prompt')).toBe('1 prompt')
    expect(formatCount(0, 'prompt')).toBe('0 prompts')
    expect(formatCount(200_000, 'prompt')).toBe('200,000 prompts')
    expect(formatCount(2, 'entry', 'entries')).toBe('2 entries')
  })

  it('cuts long prompts at a word near the limit, and leaves short ones alone', () => {
    expect(truncateText('short', 10)).toEqual({ text: 'short', truncated: false })
    expect(truncateText('The quick brown fox jumps over the lazy dog', 20)).toEqual({ text: 'The quick brown fox…', truncated: true })
    expect(truncateText('x'.repeat(30), 10)).toEqual({ text: `${'x'.repeat(10)}…`, truncated: true })
  })

  it('shows dates in words, and an unreadable date as it is', () => {
    expect(formatDate('2025-03-04T10:00:00.000Z')).toBe('4 March 2025')
    expect(formatDate('not a date')).toBe('not a date')
  })
})

describe('excerpts', () => {
  it('shortens long text on one line', () => {
    expect(excerpt('a\n\n b')).toBe('a b')
    expect(excerpt('x'.repeat(200), 10)).toBe('xxxxxxxxx…')
  })
})
