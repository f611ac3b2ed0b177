import { describe, expect, it } from 'vitest'
import { readableRepliesOnly } from '../../../../src/main/providers/readable-reply-fetch'
import { UnreadableReplyError } from '../../../../src/main/providers/unreadable-reply-error'

const replyWith = (body: string, init: ResponseInit): typeof fetch => {
  return async () => new Response(body, init)
}

describe('readableRepliesOnly', () => {
  it('hands the SDKs what it read: the same status, headers, text and JSON, without reading the body twice', async () => {
    const body = '{"id":"chatcmpl-1","choices":[{"message":{"content":"Bonjour, ça va ? ✓"}}]}'
    const wrapped = readableRepliesOnly(replyWith(body, { status: 200, headers: { 'content-type': 'application/json', 'x-request-id': 'req_7' } }))
    const reply = await wrapped('http://sdk.test/v1/chat/completions')
    expect(reply.status).toBe(200)
    expect(reply.headers.get('x-request-id')).toBe('req_7')
    expect(await reply.text()).toBe(body)
    expect(await reply.json()).toEqual(JSON.parse(body))
    // The bytes are still its body, for a reader that takes the stream.
    expect(new TextDecoder().decode(await new Response(reply.body).arrayBuffer())).toBe(body)
  })

  it('refuses a 200 that is not a JSON object, with its first bytes', async () => {
    const wrapped = readableRepliesOnly(replyWith('<html>Sign in to the proxy</html>', { status: 200, headers: { 'content-type': 'text/html' } }))
    const failure = await wrapped('http://sdk.test/v1/chat/completions').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(UnreadableReplyError)
    expect((failure as UnreadableReplyError).firstBytes).toBe('<html>Sign in to the proxy</html>')
    const scalar = await readableRepliesOnly(replyWith('42', { status: 200 }))('http://sdk.test/').catch((error: unknown) => error)
    expect(scalar).toBeInstanceOf(UnreadableReplyError)
  })

  it('passes errors and event streams through untouched', async () => {
    const error = await readableRepliesOnly(replyWith('not json at all', { status: 500 }))('http://sdk.test/')
    expect(await error.text()).toBe('not json at all')
    const stream = await readableRepliesOnly(replyWith('data: {}\n\n', { status: 200, headers: { 'content-type': 'text/event-stream' } }))('http://sdk.test/')
    expect(await stream.text()).toBe('data: {}\n\n')
  })
})
