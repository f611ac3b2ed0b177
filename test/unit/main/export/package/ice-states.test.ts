import { describe, expect, it } from 'vitest'
import { iceStatesSchema, replicateStatesOf } from '../../../../../src/main/export/package/ice-states'

const own = { stopReason: 'max_query', iterations: 4 }
const other = { replicate: 1, stopReason: 'stalled', iterations: 2 }

describe('an ICE package’s stop states', () => {
  it('take replicate 0’s from ice-state.json alone when ice-states.json is absent (older packages)', () => {
    expect(replicateStatesOf(own, undefined)).toEqual([{ replicate: 0, ...own }])
    expect(replicateStatesOf(null, undefined)).toEqual([])
  })

  it('take every replicate’s from ice-states.json, in replicate order, when it agrees with ice-state.json on replicate 0', () => {
    expect(replicateStatesOf(own, [other, { replicate: 0, ...own }])).toEqual([{ replicate: 0, ...own }, other])
    // Replicate 0 had not stopped (ice-state.json is null) while replicate 1 had.
    expect(replicateStatesOf(null, [other])).toEqual([other])
  })

  it('refuse files that disagree on replicate 0, naming both', () => {
    const disagree = /data\/ice-states\.json does not agree with its data\/ice-state\.json/
    expect(() => replicateStatesOf(own, [{ replicate: 0, ...own, iterations: 5 }])).toThrow(disagree)
    expect(() => replicateStatesOf(own, [other])).toThrow(disagree)
    expect(() => replicateStatesOf(null, [{ replicate: 0, ...own }])).toThrow(disagree)
  })

  it('accept whole, unique, non-negative entries only', () => {
    expect(iceStatesSchema.safeParse([{ replicate: 0, ...own }, other]).success).toBe(true)
    expect(iceStatesSchema.safeParse([]).success).toBe(true)
    for (const bad of [
      [other, other],
      [{ ...other, replicate: -1 }],
      [{ ...other, replicate: 1.5 }],
      [{ ...other, replicate: 10 }],
      [{ ...other, iterations: -1 }],
      [{ replicate: 1, iterations: 2 }],
      [{ ...other, extra: true }],
      other,
      null,
    ])
      expect(iceStatesSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false)
  })
})
