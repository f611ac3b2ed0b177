import { describe, expect, it } from 'vitest'
import { completionFailure, errorCarriedBy, ErrorInReplyError } from '../../../../src/main/providers/error-in-reply'

const answer = (content: string, extra: Record<string, unknown> = {}) => ({
  id: 'chatcmpl-9',
  object: 'chat.completion',
  model: 'm',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 3, completion_tokens: 2 },
  ...extra,
})

describe('errors that arrive in a 200 reply', () => {
  it.each([
    [
      'OpenRouter: the upstream provider failed',
      { error: { message: 'Provider returned error', code: 502, metadata: { provider_name: 'Example' } }, user_id: 'user_1' },
      'Provider returned error',
      502,
    ],
    [
      'OpenRouter: a free model’s daily limit',
      { error: { message: 'Rate limit exceeded: free-models-per-day.', code: 429 } },
      'Rate limit exceeded: free-models-per-day.',
      429,
    ],
    ['a code given as text', { error: { message: 'Too many requests', code: '429' } }, 'Too many requests', 429],
    [
      'an OpenAI-style code that is a word',
      { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } },
      'Incorrect API key provided',
      undefined,
    ],
    ['a code out of the HTTP range', { error: { message: 'odd', code: 42 } }, 'odd', undefined],
    [
      'a choice finished with reason "error"',
      {
        id: 'gen-1',
        choices: [{ index: 0, finish_reason: 'error', error: { message: 'Upstream timed out', code: 504 }, message: { role: 'assistant', content: '' } }],
      },
      'Upstream timed out',
      504,
    ],
    [
      'a choice finished with reason "error" and nothing more',
      { choices: [{ index: 0, finish_reason: 'error', message: { content: 'Half' } }] },
      'the reply says only that an error happened',
      undefined,
    ],
    ['an error with an empty message', { error: { message: '   ', code: 500 } }, 'the reply says only that an error happened', 500],
  ])('reads %s', (_, body, message, status) => {
    const found = errorCarriedBy(body)
    expect(found).toBeInstanceOf(ErrorInReplyError)
    expect(found?.error.message).toBe(message)
    expect(found?.status).toBe(status)
    expect(completionFailure(body)?.error.message).toBe(message)
  })

  it.each([
    ['an ordinary answer', answer('Hello.')],
    ['an answer with error: null beside it', answer('Fine.', { error: null })],
    ['an empty answer that stopped normally', answer('')],
    ['an answer cut at the length limit', { ...answer('Long'), choices: [{ index: 0, message: { content: 'Long' }, finish_reason: 'length' }] }],
  ])('leaves %s alone', (_, body) => {
    expect(errorCarriedBy(body)).toBeUndefined()
    expect(completionFailure(body)).toBeUndefined()
  })

  it.each([
    ['an empty list of choices', { id: 'x', choices: [] }],
    ['no choices at all', { id: 'x', object: 'chat.completion' }],
    ['choices that are not a list', { choices: { 0: { message: { content: 'x' } } } }],
  ])('fails a completion with %s: there is no answer to read', (_, body) => {
    expect(errorCarriedBy(body)).toBeUndefined()
    expect(completionFailure(body)?.error.message).toBe('the reply holds no answer (no choices)')
  })

  it('reads a streamed chunk the same way, and passes ordinary chunks', () => {
    expect(errorCarriedBy({ choices: [{ delta: { content: 'Hel' }, finish_reason: null }] })).toBeUndefined()
    expect(errorCarriedBy({ choices: [{ delta: {}, finish_reason: 'error' }], error: { message: 'stream broke', code: 502 } })?.status).toBe(502)
  })
})
