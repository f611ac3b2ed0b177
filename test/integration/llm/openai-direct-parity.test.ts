import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { LlmCallError } from '../../../src/main/core/llm/llm-error'
import type { ChatRequest, ChatTransport } from '../../../src/main/core/llm/types'
import { createTransport } from '../../../src/main/providers/create-transport'
import type { TransportTarget } from '../../../src/main/providers/transport-config'

/**
 * Plain OpenAI-compatible calls go over undici without the SDK's request machinery
 * (providers/openai-direct.ts, issue 17 item 1). The SDK stays the reference: every case here sends
 * the same request through both paths to the same scripted server, and the two must send the
 * same thing, as often, and end in the same reply or the same classified error.
 */
const KEY = 'sk-parity-7Hq2Lm9Xv4Rt8Wz1'

interface Seen {
  readonly method: string
  readonly path: string
  readonly headers: IncomingHttpHeaders
  readonly body: string
}
type Reply = (response: ServerResponse, path: string) => void

const servers: Server[] = []
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

/** A provider answering its nth request with replies[n] (the last one repeats); it records what it was sent. */
async function scripted(replies: readonly Reply[]): Promise<{ baseURL: string; seen: Seen[] }> {
  const seen: Seen[] = []
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.once('end', () => {
      seen.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body })
      ;(replies[seen.length - 1] ?? (replies.at(-1) as Reply))(response, request.url ?? '')
    })
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, seen }
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
  (response) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers })
    response.end(JSON.stringify(body))
  }
const text =
  (status: number, body: string, headers: Record<string, string> = {}): Reply =>
  (response) => {
    response.writeHead(status, { 'content-type': 'text/html', ...headers })
    response.end(body)
  }
const completion = (content: string | null, extra: Record<string, unknown> = {}) => ({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  model: 'parity-model-2025-01-01',
  choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
  usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 },
  ...extra,
})

/** A completion whose one choice holds `message` (any shape a provider sends). */
const withMessage = (message: object, finishReason = 'stop') => ({ ...completion(null), choices: [{ index: 0, message, finish_reason: finishReason }] })

const request: ChatRequest = {
  messages: [{ role: 'user', content: 'Who made you? Answer in one line, with "quotes" and ünïcödé.' }],
  params: { temperature: 0.7, maxTokens: 256, topP: 0.9, systemPrompt: 'You are terse.' },
}

interface Outcome {
  readonly reply?: unknown
  readonly error?: { readonly errorClass: string; readonly status?: number; readonly message: string }
  readonly seen: readonly Seen[]
  readonly gated: number
}

/** One call through the given path to a fresh provider scripted with `replies`. */
async function callThrough(path: 'direct' | 'sdk', replies: readonly Reply[], target: Partial<TransportTarget> = {}, signal?: AbortSignal): Promise<Outcome> {
  const provider = await scripted(replies)
  let gated = 0
  const transport: ChatTransport = createTransport(
    { kind: 'openai', baseURL: provider.baseURL, model: 'parity-model', apiKey: KEY, headers: {}, timeoutMs: 5_000, maxRetries: 2, ...target },
    async () => void gated++,
    { plainCallsThroughSdk: path === 'sdk' },
  )
  try {
    return { reply: await transport.send(request, signal ?? new AbortController().signal), seen: provider.seen, gated }
  } catch (error) {
    if (!(error instanceof LlmCallError)) throw error
    return { error: { errorClass: error.errorClass, status: error.status, message: error.message }, seen: provider.seen, gated }
  }
}

/** Less what the SDK adds for its own telemetry (x-stainless-*), which the direct path does not send, and the host (each call has its own server). */
function comparable(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !name.startsWith('x-stainless-') && name !== 'host'))
}

async function expectSameOutcome(replies: readonly Reply[], target: Partial<TransportTarget> = {}): Promise<Outcome> {
  const sdk = await callThrough('sdk', replies, target)
  const direct = await callThrough('direct', replies, target)
  expect(direct.reply).toEqual(sdk.reply)
  expect(direct.error).toEqual(sdk.error)
  expect(direct.seen.length).toBe(sdk.seen.length)
  expect(direct.gated).toBe(sdk.gated)
  return direct
}

describe('plain OpenAI-compatible calls: the direct path against the SDK', () => {
  it('sends the same method, address, body and headers (less the SDK telemetry), the model’s own headers winning', async () => {
    const headers = { 'X-Title': 'Distillscope study', 'HTTP-Referer': 'https://example.org/study', Accept: 'application/json, text/plain' }
    const sdk = await callThrough('sdk', [json(200, completion('Hello.'))], { headers })
    const direct = await callThrough('direct', [json(200, completion('Hello.'))], { headers })
    const [fromSdk, fromDirect] = [sdk.seen[0] as Seen, direct.seen[0] as Seen]
    expect(fromDirect.method).toBe('POST')
    expect(fromDirect.path).toBe('/v1/chat/completions')
    expect([fromDirect.method, fromDirect.path, fromDirect.body]).toEqual([fromSdk.method, fromSdk.path, fromSdk.body])
    expect(comparable(fromDirect.headers)).toEqual(comparable(fromSdk.headers))
    expect(fromDirect.headers['authorization']).toBe(`Bearer ${KEY}`)
    expect(fromDirect.headers['accept']).toBe('application/json, text/plain')
    expect(JSON.parse(fromDirect.body)).toMatchObject({ model: 'parity-model', stream: false, max_tokens: 256, top_p: 0.9 })
  })

  it('sends the same key placeholder when a local server needs no key', async () => {
    const sdk = await callThrough('sdk', [json(200, completion('Hi.'))], { apiKey: undefined })
    const direct = await callThrough('direct', [json(200, completion('Hi.'))], { apiKey: undefined })
    expect(direct.seen[0]?.headers['authorization']).toBe(sdk.seen[0]?.headers['authorization'])
  })

  it.each([
    ['an ordinary answer', completion('I am a model.'), 'I am a model.'],
    ['no usage reported', { ...completion('Estimated.'), usage: undefined }, 'Estimated.'],
    ['no content, stopped at the length limit', withMessage({ role: 'assistant', content: null }, 'length'), ''],
    ['a version reported', completion('Versioned.', { system_fingerprint: 'fp_parity_1' }), 'Versioned.'],
    [
      'content in parts, reasoning first',
      withMessage({
        content: [
          { type: 'thinking', thinking: [] },
          { type: 'text', text: 'Parts.' },
        ],
      }),
      'Parts.',
    ],
    ['a structured refusal', withMessage({ role: 'assistant', content: null, refusal: 'I cannot help with that.' }), 'I cannot help with that.'],
  ])('reads %s the same way', async (_, body, text) => {
    const outcome = await expectSameOutcome([json(200, body)])
    expect(outcome.reply).toMatchObject({ text })
  })

  it.each([
    ['no choices at all', { ...completion('x'), choices: [] }, 'server', undefined, 'no choices', 1],
    ['a 400 given in a 200', { error: { message: 'Invalid model id', code: 400 } }, 'bad_request', 400, 'Invalid model id', 1],
    [
      'OpenRouter’s upstream failure in a 200, asked again as a 502 is',
      { error: { message: 'Provider returned error', code: 502 }, user_id: 'u1' },
      'server',
      502,
      'Provider returned error',
      2,
    ],
    [
      'a rate limit that never reached the status line, asked again',
      { error: { message: 'Rate limit exceeded: free-models-per-day', code: 429 } },
      'rate_limit',
      429,
      'free-models-per-day',
      2,
    ],
    [
      'a choice finished with reason "error"',
      { ...completion(''), choices: [{ index: 0, finish_reason: 'error', error: { message: 'Upstream timed out', code: 504 }, message: { content: '' } }] },
      'server',
      504,
      'Upstream timed out',
      2,
    ],
  ])('fails %s the same way, with the provider’s words', async (_, body, errorClass, status, words, attempts) => {
    // One retry at most: the SDK's first wait (about half a second) per retried case.
    const outcome = await expectSameOutcome([json(200, body)], { maxRetries: 1 })
    expect(outcome.error).toMatchObject({ errorClass, status })
    expect(outcome.error?.message).toContain(words)
    expect(outcome.seen).toHaveLength(attempts)
  })

  it('answers after an error in a 200 when the next try succeeds', async () => {
    const outcome = await expectSameOutcome([json(200, { error: { message: 'Provider returned error', code: 502 } }), json(200, completion('Recovered.'))], {
      maxRetries: 1,
    })
    expect(outcome.reply).toMatchObject({ text: 'Recovered.' })
    expect(outcome.seen).toHaveLength(2)
  })

  it('stops waiting to ask again after an error in a 200 as soon as the call is cancelled', async () => {
    const controller = new AbortController()
    const failing: Reply = (response) => {
      json(200, { error: { message: 'Provider returned error', code: 502 } })(response, '')
      setTimeout(() => controller.abort(), 20)
    }
    const outcome = await callThrough('direct', [failing], { maxRetries: 4 }, controller.signal)
    expect(outcome.error?.errorClass).toBe('cancelled')
    expect(outcome.seen).toHaveLength(1)
  })

  it('ends a stream that carries an error part-way as that error, not as an answer cut off', async () => {
    const stream: Reply = (response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' })
      response.write(`data: ${JSON.stringify({ id: 'c', choices: [{ index: 0, delta: { content: 'Hel' }, finish_reason: null }] })}\n\n`)
      response.write(
        `data: ${JSON.stringify({ id: 'c', error: { message: 'Upstream died', code: 502 }, choices: [{ index: 0, delta: {}, finish_reason: 'error' }] })}\n\n`,
      )
      response.end('data: [DONE]\n\n')
    }
    const outcome = await callThrough('sdk', [stream], { stream: true })
    expect(outcome.error).toMatchObject({ errorClass: 'server', status: 502 })
    expect(outcome.error?.message).toContain('Upstream died')
  })

  it.each([
    ['a 400 with an error body, not retried', [json(400, { error: { message: 'Unknown parameter: top_q', type: 'invalid_request_error' } })], 1],
    ['a 401 as plain text', [text(401, 'Unauthorized')], 1],
    ['a 400 for the content policy', [json(400, { error: { message: 'Flagged by the content_policy filter' } })], 1],
    ['a 422 whose body is not wrapped in "error"', [json(422, { message: 'model not loaded' })], 1],
    ['a 404 HTML page', [text(404, '<html><body>Not Found</body></html>')], 1],
    ['a 429 retried after retry-after-ms, to the last try', [json(429, { error: { message: 'Rate limit reached' } }, { 'retry-after-ms': '5' })], 3],
    ['a 429 for quota', [json(429, { error: { message: 'You exceeded your current quota, check billing' } }, { 'retry-after': '0' })], 3],
    ['a 500 the provider says not to retry', [json(500, { error: { message: 'broken' } }, { 'x-should-retry': 'false' })], 1],
    ['a 400 the provider says to retry', [json(400, { error: { message: 'try again' } }, { 'x-should-retry': 'true', 'retry-after-ms': '5' })], 3],
    ['a 503, then an answer', [json(503, { error: { message: 'overloaded' } }, { 'retry-after-ms': '5' }), json(200, completion('Back.'))], 2],
    ['a 409, then an answer', [json(409, { error: { message: 'conflict' } }, { 'retry-after-ms': '5' }), json(200, completion('Back.'))], 2],
  ])('answers %s the same way', async (_, replies, attempts) => {
    const outcome = await expectSameOutcome(replies)
    expect(outcome.seen).toHaveLength(attempts)
  })

  it('retries a 200 that is not JSON as the SDK does, and says the reply could not be read', async () => {
    const outcome = await expectSameOutcome([text(200, '<!doctype html><title>Proxy sign-in</title>')], { maxRetries: 1 })
    expect(outcome.seen).toHaveLength(2)
    expect(outcome.error?.errorClass).toBe('server')
  })

  it('times out the same way when the provider never answers', async () => {
    const silent: Reply = () => {}
    const outcome = await expectSameOutcome([silent], { timeoutMs: 150, maxRetries: 0 })
    expect(outcome.error?.errorClass).toBe('timeout')
  })

  it('leaves a redirect to the SDK, which follows it', async () => {
    const moved: Reply = (response, path) => {
      if (path.includes('/moved/')) return json(200, completion('Moved.'))(response, path)
      response.writeHead(307, { location: '/v1/moved/chat/completions' })
      response.end()
    }
    const sdk = await callThrough('sdk', [moved])
    const direct = await callThrough('direct', [moved])
    expect(direct.reply).toEqual(sdk.reply)
    expect(sdk.seen.at(-1)?.path).toBe('/v1/moved/chat/completions')
    // The direct path's own attempt met the redirect; then the SDK made the call as it always would.
    expect(direct.seen.map((seen) => seen.path)).toEqual(['/v1/chat/completions', ...sdk.seen.map((seen) => seen.path)])
  })

  it('stops waiting to retry as soon as the call is cancelled, and sends nothing more', async () => {
    const controller = new AbortController()
    const failing: Reply = (response) => {
      json(500, { error: { message: 'down' } })(response, '')
      setTimeout(() => controller.abort(), 20)
    }
    // No retry-after: the first wait is about half a second, far longer than the cancel takes.
    const outcome = await callThrough('direct', [failing], { maxRetries: 4 }, controller.signal)
    expect(outcome.error?.errorClass).toBe('cancelled')
    expect(outcome.seen).toHaveLength(1)
  })
})
