import { describe, expect, it } from 'vitest'
import { defaultSetChoice, promptCount, setColumnNames, withSetChoice } from '../../../../src/renderer/src/features/runs/rse-form'
import { filled, sets } from './rse-fixtures'

describe('the form’s values', () => {
  it('asks every prompt of an ordinary set and 1,000 of a large one by default', () => {
    expect(defaultSetChoice(sets[0]!)).toEqual({ selected: false, sample: '', seed: 1 })
    expect(defaultSetChoice(sets[2]!).sample).toBe(1000)
  })

  it('counts the prompts the run will ask', () => {
    expect(promptCount(filled(), sets)).toBe(30 + 1000)
    expect(promptCount(withSetChoice(filled(), sets[0]!, { sample: 6 }), sets)).toBe(6 + 1000)
  })
})

describe('column names of sets', () => {
  it('drops a trailing note and keeps names unique', () => {
    const names = setColumnNames([
      { id: 'a', name: 'General reasoning (Distillscope demo set)' },
      { id: 'b', name: 'General reasoning (my copy)' },
      { id: 'c', name: '(only a note)' },
    ])
    expect(names.get('a')).toBe('General reasoning')
    expect(names.get('b')).toBe('General reasoning 2')
    expect(names.get('c')).toBe('(only a note)')
  })
})
