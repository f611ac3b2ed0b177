import { describe, expect, it } from 'vitest'
import { DEFAULT_MAX_INPUT_BYTES } from '../../../../../src/shared/contract/channels'
import { PROMPT_SET_LIMITS, promptSetRoutes } from '../../../../../src/shared/contract/prompt-sets'

describe('prompt set routes', () => {
  it('let whole files through preview and import, and nothing else', () => {
    for (const route of ['promptSets.preview', 'promptSets.import'] as const) {
      expect(promptSetRoutes[route].maxBytes).toBeGreaterThan(PROMPT_SET_LIMITS.maxFileBytes)
    }
    expect(promptSetRoutes['promptSets.importFile']).not.toHaveProperty('maxBytes')
    expect(DEFAULT_MAX_INPUT_BYTES).toBeLessThan(PROMPT_SET_LIMITS.maxFileBytes)
  })

  it('accept absolute POSIX and Windows paths only', () => {
    const schema = promptSetRoutes['promptSets.importFile'].input
    for (const path of ['/home/me/q.jsonl', 'C:\\data\\q.jsonl', 'D:/q.csv', '\\\\server\\share\\q.csv']) expect(schema.safeParse({ path }).success).toBe(true)
    for (const path of ['q.jsonl', './q.jsonl', '~/q.jsonl', '']) expect(schema.safeParse({ path }).success).toBe(false)
  })

  it('fill in defaults and refuse unknown options', () => {
    const parsed = promptSetRoutes['promptSets.import'].input.parse({ fileName: 'a.csv', content: 'x', name: ' Set ', domain: 'math' })
    expect(parsed).toEqual({ fileName: 'a.csv', content: 'x', name: 'Set', domain: 'math', keepDuplicates: false, skipInvalid: false })
    expect(promptSetRoutes['promptSets.import'].input.safeParse({ fileName: 'a.csv', content: 'x', name: 'S', domain: 'poetry' }).success).toBe(false)
    expect(promptSetRoutes['promptSets.preview'].input.safeParse({ fileName: 'a.csv', content: 'x', extra: 1 }).success).toBe(false)
    expect(promptSetRoutes['promptSets.get'].input.parse({ id: 'x' })).toEqual({ id: 'x', offset: 0, limit: 50 })
  })

  it('keep seeds to 32 bits and samples to at least one prompt', () => {
    const schema = promptSetRoutes['promptSets.sample'].input
    expect(schema.safeParse({ id: 'x', n: 1, seed: 2 ** 32 - 1 }).success).toBe(true)
    expect(schema.safeParse({ id: 'x', n: 1, seed: 2 ** 32 }).success).toBe(false)
    expect(schema.safeParse({ id: 'x', n: 0, seed: 1 }).success).toBe(false)
    expect(schema.safeParse({ id: 'x', n: 2, seed: 1.5 }).success).toBe(false)
  })

  it('download only known public sets', () => {
    const schema = promptSetRoutes['promptSets.download'].input
    expect(schema.safeParse({ source: 'arena-hard-v0.1' }).success).toBe(true)
    expect(schema.safeParse({ source: 'https://example.com/file.jsonl' }).success).toBe(false)
  })
})
