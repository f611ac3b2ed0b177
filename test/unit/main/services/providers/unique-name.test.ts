import { describe, expect, it } from 'vitest'
import { nameKey, refuseDuplicateName } from '../../../../../src/main/services/providers/unique-name'
import { AppError } from '../../../../../src/shared/contract/errors'

const existing = [
  { id: 'a', name: 'My gateway' },
  { id: 'b', name: '  Lab server ' },
]

function refusal(run: () => void): AppError {
  try {
    run()
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('expected a refusal')
}

describe('refuseDuplicateName', () => {
  it('compares names trimmed and without regard to case', () => {
    expect(nameKey('  My Gateway ')).toBe('my gateway')
    const error = refusal(() => refuseDuplicateName('provider', ' MY GATEWAY', existing))
    expect(error.code).toBe('conflict')
    expect(error.message).toBe('A provider named “My gateway” already exists. Choose another name.')
    expect(error.issues).toEqual([{ path: 'name', message: error.message }])
  })

  it('names the duplicate as it was saved, trimmed', () => {
    expect(refusal(() => refuseDuplicateName('model', 'lab server', existing)).message).toBe('A model named “Lab server” already exists. Choose another name.')
  })

  it('lets a new name through, and an item keep its own name when renamed', () => {
    expect(() => refuseDuplicateName('prompt set', 'My gateway 2', existing)).not.toThrow()
    expect(() => refuseDuplicateName('provider', 'my gateway', existing, 'a')).not.toThrow()
    expect(() => refuseDuplicateName('provider', 'lab server', existing, 'a')).toThrow(AppError)
  })
})
