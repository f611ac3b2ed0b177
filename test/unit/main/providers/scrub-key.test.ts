import { describe, expect, it } from 'vitest'
import { REDACTED_KEY, scrubReply, secretsOf } from '../../../../src/main/providers/scrub-key'

const reply = (text: string) => ({ text, finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 1 } })

describe('scrubbing the key from an answer', () => {
  it('replaces the key and its Bearer form, and marks the reply', () => {
    const scrubbed = scrubReply(reply('auth=Bearer sk-abcdefgh12345678 key=sk-abcdefgh12345678'), secretsOf('sk-abcdefgh12345678', {}))
    expect(scrubbed.text).toBe(`auth=Bearer ${REDACTED_KEY} key=${REDACTED_KEY}`)
    expect(scrubbed.keyRedacted).toBe(true)
  })

  it('leaves an answer without the key as it was, unmarked', () => {
    const original = reply('The sky is blue.')
    expect(scrubReply(original, secretsOf('sk-abcdefgh12345678', {}))).toBe(original)
  })

  it('scrubs short keys too, and credentials set in the provider headers', () => {
    const secrets = secretsOf('k3y', { Authorization: 'Bearer gateway-secret-value', 'X-Trace': 'not-a-secret' })
    expect(secrets).toEqual(['gateway-secret-value', 'k3y'])
    expect(scrubReply(reply('k3y and gateway-secret-value and not-a-secret'), secrets).text).toBe(`${REDACTED_KEY} and ${REDACTED_KEY} and not-a-secret`)
  })
})
