import { describe, expect, it } from 'vitest'
import type { LlmErrorClass } from '../../../../../src/shared/contract/models'
import { LlmCallError, messageFor } from '../../../../../src/main/core/llm/llm-error'

const CLASSES: LlmErrorClass[] = ['auth', 'quota', 'rate_limit', 'server', 'network', 'timeout', 'bad_request', 'content_filter', 'cancelled']

describe('error messages', () => {
  it('gives every class its own sentence, written without jargon', () => {
    const messages = CLASSES.map(messageFor)
    expect(new Set(messages).size).toBe(CLASSES.length)
    for (const message of messages) {
      expect(message).toMatch(/^[A-Z].*\.$/)
      expect(message).not.toMatch(/undefined|null|HTTP|status|exception|\d{3}/i)
    }
  })

  it("adds the provider's own (already redacted) detail in brackets", () => {
    const error = new LlmCallError('bad_request', 'The model `gpt-9` does not exist', 404)
    expect(error.message).toBe(`${messageFor('bad_request')} (The model \`gpt-9\` does not exist)`)
    expect(error.status).toBe(404)
    expect(new LlmCallError('timeout').message).toBe(messageFor('timeout'))
  })
})
