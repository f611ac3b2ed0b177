import Anthropic from '@anthropic-ai/sdk'
import OpenAI from 'openai'
import { describe, expect, it } from 'vitest'
import { classifyProviderError } from '../../../../src/main/providers/error-mapping'
import { ErrorInReplyError } from '../../../../src/main/providers/error-in-reply'

const live = new AbortController().signal
const KEY = 'sk-test-SuperSecretKey0123456789'

describe.each([
  ['openai', OpenAI.APIError],
  ['anthropic', Anthropic.APIError],
] as const)('classifying %s SDK errors', (_name, APIError) => {
  const error = (status: number, body: object, message = 'provider says no') => APIError.generate(status, body, message, new Headers())

  it.each([
    [401, {}, 'auth'],
    [403, {}, 'auth'],
    [429, { error: { message: 'Rate limit reached for requests' } }, 'rate_limit'],
    [429, { error: { code: 'insufficient_quota', message: 'You exceeded your current quota' } }, 'quota'],
    [402, {}, 'quota'],
    [400, { error: { message: 'Invalid value for temperature' } }, 'bad_request'],
    [404, { error: { message: 'The model `nope` does not exist' } }, 'bad_request'],
    [400, { error: { code: 'content_filter', message: 'blocked by content filter' } }, 'content_filter'],
    [500, {}, 'server'],
    [529, {}, 'server'],
  ])('HTTP %i -> %s', (status, body, expected) => {
    expect(classifyProviderError(error(status, body), live, [KEY]).errorClass).toBe(expected)
  })

  it('maps connection problems, timeouts and cancellation', () => {
    const aborted = new AbortController()
    aborted.abort()
    expect(classifyProviderError(APIError.generate(undefined, undefined, 'Connection error.', undefined), live, []).errorClass).toBe('network')
    expect(classifyProviderError(new Error('boom'), aborted.signal, []).errorClass).toBe('cancelled')
  })

  it('never lets the key into the message', () => {
    const failure = classifyProviderError(error(401, { error: { message: `Incorrect API key provided: ${KEY}` } }), live, [KEY])
    expect(failure.message).not.toContain(KEY)
    expect(failure.message).toMatch(/refused the API key/)
  })
})

describe('SDK-specific error classes', () => {
  it('recognises timeouts and user aborts from both SDKs', () => {
    expect(classifyProviderError(new OpenAI.APIConnectionTimeoutError(), live, []).errorClass).toBe('timeout')
    expect(classifyProviderError(new Anthropic.APIConnectionTimeoutError(), live, []).errorClass).toBe('timeout')
    expect(classifyProviderError(new OpenAI.APIUserAbortError(), live, []).errorClass).toBe('cancelled')
    expect(classifyProviderError(new Anthropic.APIConnectionError({ message: 'ECONNREFUSED' }), live, []).errorClass).toBe('network')
  })
})

describe('errors carried in a 200 reply (ErrorInReplyError)', () => {
  it.each([
    [429, 'Rate limit exceeded: free-models-per-day.', 'rate_limit'],
    [429, 'You have run out of credits; add balance', 'quota'],
    [502, 'Provider returned error', 'server'],
    [401, 'No auth credentials found', 'auth'],
    [undefined, 'Provider returned error', 'server'],
  ] as const)('status %s with "%s" is %s, with the provider’s words as the detail', (status, message, errorClass) => {
    const classified = classifyProviderError(new ErrorInReplyError(message, status), live, [KEY])
    expect(classified.errorClass).toBe(errorClass)
    expect(classified.status).toBe(status)
    expect(classified.detail).toBe(message)
  })

  it('removes the key from what the provider said', () => {
    const classified = classifyProviderError(new ErrorInReplyError(`Invalid key ${KEY} for this model`, 401), live, [KEY])
    expect(classified.message).not.toContain(KEY)
    expect(classified.detail).toContain('Invalid key')
  })
})
