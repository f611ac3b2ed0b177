import { describe, expect, it } from 'vitest'
import { pageOf } from '../../../../src/renderer/src/lib/paging'

const items = Array.from({ length: 120 }, (_, index) => index)

describe('pageOf', () => {
  it('gives a page with 1-based bounds and which way one can move', () => {
    expect(pageOf(items, 0, 50)).toMatchObject({ from: 1, to: 50, total: 120, hasPrevious: false, hasNext: true })
    const last = pageOf(items, 100, 50)
    expect(last).toMatchObject({ from: 101, to: 120, hasPrevious: true, hasNext: false })
    expect(last.items).toHaveLength(20)
  })

  it('never shows an empty page when the start is past the end or before the beginning', () => {
    expect(pageOf(items, 500, 50)).toMatchObject({ from: 101, to: 120 })
    expect(pageOf(items, -50, 50)).toMatchObject({ from: 1, to: 50 })
    expect(pageOf([], 0, 50)).toMatchObject({ from: 0, to: 0, total: 0, hasPrevious: false, hasNext: false })
  })
})
