import { describe, expect, it } from 'vitest'
import { wilsonInterval } from '../../../../../src/main/core/stats/wilson'

describe('wilsonInterval', () => {
  it('matches textbook values', () => {
    // 10/100 at 95%: [0.05523, 0.17437] (e.g. R's prop.test without continuity correction).
    const interval = wilsonInterval(10, 100)
    expect(interval?.rate).toBe(0.1)
    expect(interval?.low).toBeCloseTo(0.055229, 5)
    expect(interval?.high).toBeCloseTo(0.174366, 5)
    // The paper's GLM-4-Plus strict rate, 300/1000.
    const glm = wilsonInterval(300, 1000)
    expect(glm?.low).toBeCloseTo(0.2724, 4)
    expect(glm?.high).toBeCloseTo(0.32913, 4)
  })

  it('stays inside [0, 1] with exact ends at 0 and n, and narrows at a lower confidence', () => {
    expect(wilsonInterval(0, 1000)).toEqual({ rate: 0, low: 0, high: expect.closeTo(0.003827, 5) })
    expect(wilsonInterval(1000, 1000)).toEqual({ rate: 1, low: expect.closeTo(0.996173, 5), high: 1 })
    const at95 = wilsonInterval(30, 100)
    const at90 = wilsonInterval(30, 100, 0.9)
    expect((at90?.high ?? 0) - (at90?.low ?? 0)).toBeLessThan((at95?.high ?? 0) - (at95?.low ?? 0))
  })

  it('has no interval for n = 0 and refuses impossible counts', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined()
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError)
    expect(() => wilsonInterval(-1, 4)).toThrow(RangeError)
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError)
    expect(() => wilsonInterval(1, 4, 1)).toThrow(RangeError)
  })
})
