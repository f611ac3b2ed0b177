import { describe, expect, it } from 'vitest'
import { redactSecrets } from '../../../../../src/main/core/llm/redact'

describe('redactSecrets', () => {
  it('removes a known key wherever it appears, and key-shaped strings', () => {
    const key = 'sk-proj-Zq81f00bar00baz99'
    expect(redactSecrets(`Incorrect API key provided: ${key}. See docs.`, [key])).toBe('Incorrect API key provided: [redacted]. See docs.')
    expect(redactSecrets('Incorrect API key provided: sk-abc1***********wxyz.')).not.toContain('sk-abc1')
    expect(redactSecrets('token AbCdEfGhIjKlMnOpQrStUvWxYz0123 was rejected')).toBe('token [redacted] was rejected')
  })

  it('keeps ordinary words and caps the length', () => {
    expect(redactSecrets('The model `gpt-4o` does not exist')).toBe('The model `gpt-4o` does not exist')
    expect(redactSecrets('x '.repeat(1000)).length).toBe(500)
  })
})
