import { describe, expect, it } from 'vitest'
import { fieldOfLabel } from '../../../../../../../src/main/core/evaluators/rse/parse/tagged-fields'

describe('fieldOfLabel', () => {
  it('reads the longest ending that names a field, and gives the same answer when asked again', () => {
    for (let round = 0; round < 2; round++) {
      expect(fieldOfLabel('My final overall score')).toBe('overall')
      expect(fieldOfLabel('Response style')).toBe('style')
      expect(fieldOfLabel('回答风格')).toBe('style')
      expect(fieldOfLabel('lifestyle')).toBeUndefined()
      expect(fieldOfLabel('Note')).toBeUndefined()
    }
  })

  it('keeps answering right after many different labels have gone by (its memory is emptied when full)', () => {
    for (let i = 0; i < 10_000; i++) fieldOfLabel(`label number ${i}`)
    expect(fieldOfLabel('Content detail')).toBe('content')
    expect(fieldOfLabel('label number 3')).toBeUndefined()
    expect(fieldOfLabel('Logical structure')).toBe('structure')
  })
})
