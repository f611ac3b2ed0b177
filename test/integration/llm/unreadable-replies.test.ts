import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { LlmCallError } from '../../../src/main/core/llm/llm-error'
import { createTransport } from '../../../src/main/providers/create-transport'
import { useSimulators } from '../simulator/support'

/**
 * Item 7 of issue 12: a provider that answers 200 with something that is not its JSON (a proxy's
 * HTML login page, plain text, a body cut off mid-way) was reported as "could not reach the
 * provider", sending people to check a working internet connection. It must say the reply could
 * not be read, and show its first bytes, with the key scrubbed.
 */
const KEY = 'sk-unreadable-Q8w7e6r5t4y3u2i1o0pLmNb'

type Reply = (response: ServerResponse) => void
const replies: Record<string, Reply> = {
  'an HTML page': (response) => {
    response.writeHead(200, { 'content-type': 'text/html' })
    response.end('<!doctype html><html><head><title>Sign in to the corporate proxy</title></head><body>...</body></html>')
  },
  'text that is not JSON': (response) => {
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(`upstream said: bad gateway for key ${KEY}`)
  },
  'a body cut off mid-way': (response) => {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': '4000' })
    response.write('{"id":"chatcmpl-1","choices":[{"message":{"content":"Half an ans')
    // Let the first bytes leave before the connection goes.
    setImmediate(() => response.socket?.destroy())
  },
}
const firstBytes: Record<string, string> = {
  'an HTML page': '<!doctype html><html><head><title>Sign in',
  'text that is not JSON': 'upstream said: bad gateway',
  'a body cut off mid-way': '{"id":"chatcmpl-1","choices"',
}

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) await new Promise((resolve) => server.close(resolve))
})

async function provider(reply: Reply): Promise<string> {
  const server = createServer((request, response) => {
    request.resume()
    request.once('end', () => reply(response))
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function failure(promise: Promise<unknown>): Promise<LlmCallError> {
  try {
    await promise
  } catch (error) {
    return error as LlmCallError
  }
  throw new Error('expected the call to fail')
}

describe.each([
  ['openai', false],
  ['openai', true],
  ['anthropic', false],
  ['anthropic', true],
] as const)('%s client (streamed: %s), a 200 reply it cannot read', (kind, stream) => {
  it.each(Object.keys(replies))('%s is named for what happened, with its first bytes and no key', async (name) => {
    const url = await provider(replies[name]!)
    const transport = createTransport(
      { kind, baseURL: kind === 'openai' ? `${url}/v1` : url, model: 'any', apiKey: KEY, headers: {}, timeoutMs: 10_000, stream, maxRetries: 0 },
      async () => {},
    )
    const error = await failure(transport.send({ messages: [{ role: 'user', content: 'Hi' }], params: { temperature: 0 } }, new AbortController().signal))
    expect(error.message).toMatch(/^The provider's reply could not be read/)
    expect(error.message).not.toMatch(/could not reach/i)
    expect(error.message).toContain(firstBytes[name])
    expect(error.message).not.toContain(KEY)
    expect(error.message.length).toBeLessThan(300)
  })
})

describe.each([
  ['openai', false],
  ['openai', true],
  ['anthropic', false],
  ['anthropic', true],
] as const)('%s client (streamed: %s), an answer cut off part-way', (kind, stream) => {
  const startSimulator = useSimulators()
  it.each(['truncated-stream', 'dropped-connection'])('%s reads as a reply that could not be read, not as an unreachable provider', async (fault) => {
    const simulator = await startSimulator()
    const transport = createTransport(
      {
        kind,
        baseURL: kind === 'openai' ? `${simulator.url}/v1` : simulator.url,
        model: 'sim-reference',
        apiKey: KEY,
        headers: { 'x-sim-fault': fault },
        timeoutMs: 10_000,
        stream,
        maxRetries: 0,
      },
      async () => {},
    )
    const error = await failure(
      transport.send({ messages: [{ role: 'user', content: 'Why is the sky blue?' }], params: { temperature: 0 } }, new AbortController().signal),
    )
    expect(error.message).toMatch(/^The provider's reply could not be read/)
    expect(error.message).not.toMatch(/could not reach/i)
  })
})
