import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { exitCodeOf, outcomeTableMarkdown, RUN_OUTCOMES } from '../../../src/shared/contract/run-outcomes'

describe('the run-outcome table', () => {
  it('is the one docs/spec.md prints, word for word', () => {
    expect(readFileSync('docs/spec.md', 'utf8')).toContain(outcomeTableMarkdown())
  })

  it('gives each outcome its own exit code', () => {
    const codes = RUN_OUTCOMES.map((row) => row.exitCode)
    expect(new Set(codes).size).toBe(codes.length)
    expect([exitCodeOf('completed'), exitCodeOf('completed_with_warnings'), exitCodeOf('failed'), exitCodeOf('refused'), exitCodeOf('paused')]).toEqual([
      0, 3, 1, 2, 130,
    ])
  })
})
