import { describe, expect, it } from 'vitest'
import { drawFault, faultConfigSchema, parseFaultHeader, type FaultConfig, type FaultKind } from '../../../../../src/main/providers/simulator/faults'
import { hashParts, rngFor } from '../../../../../src/main/providers/simulator/random'

const all = () => true
const hashes = Array.from({ length: 2000 }, (_, i) => hashParts('/v1/chat/completions', `{"n":${i}}`))
const draws = (config: FaultConfig, seed = 1, attempt = 1, applies: (kind: FaultKind) => boolean = all) =>
  hashes.map((requestHash) => drawFault(config, { seed, requestHash, attempt, applies }))

describe('rate-based faults', () => {
  it('happen at about the configured rate, spread over the kinds', () => {
    const results = draws({ rate: 0.2, kinds: ['429', '500'] })
    const faulted = results.filter(Boolean)
    expect(faulted.length / results.length).toBeGreaterThan(0.17)
    expect(faulted.length / results.length).toBeLessThan(0.23)
    expect(faulted.filter((kind) => kind === '429').length).toBeGreaterThan(faulted.length * 0.4)
    expect(faulted.filter((kind) => kind === '500').length).toBeGreaterThan(faulted.length * 0.4)
  })

  it('are the same for the same request, seed and attempt, and differ with the seed', () => {
    expect(draws({ rate: 0.3 }, 5)).toEqual(draws({ rate: 0.3 }, 5))
    expect(draws({ rate: 0.3 }, 5)).not.toEqual(draws({ rate: 0.3 }, 6))
  })

  it('let a retry of a faulted request succeed', () => {
    const first = draws({ rate: 0.5 }, 1, 1)
    const second = draws({ rate: 0.5 }, 1, 2)
    const retriedOk = first.filter((kind, i) => kind !== undefined && second[i] === undefined).length
    expect(retriedOk).toBeGreaterThan(300)
    // `times` guarantees it: only the first attempt may fail.
    expect(draws({ rate: 1, times: 1 }, 1, 2).every((kind) => kind === undefined)).toBe(true)
    expect(draws({ rate: 1, times: 1 }, 1, 1).every((kind) => kind !== undefined)).toBe(true)
  })

  it('per-kind rates add up, and a kind that does not apply is skipped', () => {
    const results = draws({ rates: { '500': 0.1, 'malformed-judge': 0.3 } })
    expect(results.filter((kind) => kind === 'malformed-judge').length).toBeGreaterThan(500)
    const notJudge = draws({ rates: { '500': 0.1, 'malformed-judge': 0.3 } }, 1, 1, (kind) => kind !== 'malformed-judge')
    expect(notJudge.some((kind) => kind === 'malformed-judge')).toBe(false)
    expect(notJudge.filter((kind) => kind === '500').length).toBeGreaterThan(150)
  })

  it('no configuration, no faults', () => {
    expect(draws({}).every((kind) => kind === undefined)).toBe(true)
    expect(drawFault(undefined, { seed: 1, requestHash: 'x', attempt: 1, applies: all })).toBeUndefined()
  })
})

describe('fault configuration', () => {
  it('rejects unknown kinds, out-of-range rates, rates over 1 and mixed forms', () => {
    expect(faultConfigSchema.safeParse({ rate: 0.2, kinds: ['418'] }).success).toBe(false)
    expect(faultConfigSchema.safeParse({ rate: 1.5 }).success).toBe(false)
    expect(faultConfigSchema.safeParse({ rates: { '429': 0.7, '500': 0.6 } }).success).toBe(false)
    expect(faultConfigSchema.safeParse({ rate: 0.1, rates: { '429': 0.1 } }).success).toBe(false)
    expect(faultConfigSchema.safeParse({ rat: 0.1 }).success).toBe(false)
    expect(faultConfigSchema.safeParse({ rate: 0.1, kinds: ['timeout'], retryAfterMs: 200, times: 2 }).success).toBe(true)
  })

  it('parses the x-sim-fault header with its parameters', () => {
    expect(parseFaultHeader('429')).toEqual({ kind: '429', times: undefined, retryAfterMs: undefined })
    expect(parseFaultHeader('429; times=1; retry-after-ms=250')).toEqual({ kind: '429', times: 1, retryAfterMs: 250 })
    expect(parseFaultHeader('teapot')).toMatch(/unknown fault kind 'teapot'/)
    expect(parseFaultHeader('500; times=x')).toMatch(/times must be a whole number/)
  })
})

describe('seeded randomness', () => {
  it('depends only on its parts', () => {
    const sample = (...parts: string[]) => Array.from({ length: 5 }, rngFor(...parts).next)
    expect(sample('a', 'b')).toEqual(sample('a', 'b'))
    expect(sample('a', 'b')).not.toEqual(sample('ab'))
    expect(sample('a', 'b').every((value) => value >= 0 && value < 1)).toBe(true)
  })
})
