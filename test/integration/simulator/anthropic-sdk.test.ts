import Anthropic, {
  AnthropicError,
  APIConnectionTimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
} from '@anthropic-ai/sdk'
import OpenAI from 'openai'
import { describe, expect, it } from 'vitest'
import { QUESTION, settled, useSimulators } from './support'

const start = useSimulators()
const client = (url: string, options: Partial<ConstructorParameters<typeof Anthropic>[0]> = {}) =>
  new Anthropic({ apiKey: 'test', baseURL: url, maxRetries: 0, ...options })
const params = { model: 'sim-reference', max_tokens: 512, messages: QUESTION }

describe('the official Anthropic SDK against the simulator', () => {
  it('messages.create: the real message shape, with usage', async () => {
    const sim = await start()
    const message = await client(sim.url).messages.create({ ...params, system: 'You are a helpful assistant.' })
    expect(message).toMatchObject({ type: 'message', role: 'assistant', model: 'sim-reference', stop_reason: 'end_turn', stop_sequence: null })
    expect(message.id).toMatch(/^msg_/)
    const block = message.content[0]
    expect(block?.type).toBe('text')
    const text = block?.type === 'text' ? block.text : ''
    expect(text.length).toBeGreaterThan(80)
    expect(message.usage).toMatchObject({ output_tokens: Math.ceil(text.length / 4) })
    expect(message.usage.input_tokens).toBeGreaterThan(0)
  })

  it('messages.stream: the real event sequence, and finalMessage() equals the plain answer', async () => {
    const sim = await start()
    const anthropic = client(sim.url)
    const plain = await anthropic.messages.create(params)
    const stream = anthropic.messages.stream(params)
    const types: string[] = []
    stream.on('streamEvent', (event) => types.push(event.type))
    const final = await stream.finalMessage()
    expect(final.content).toEqual(plain.content)
    expect(final.stop_reason).toBe('end_turn')
    expect(final.usage.output_tokens).toBe(plain.usage.output_tokens)
    const distinct = types.filter((type, i) => type !== types[i - 1])
    expect(distinct).toEqual(['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop'])
  })

  it('stream: true iterated by hand concatenates the text deltas', async () => {
    const sim = await start()
    const anthropic = client(sim.url)
    const stream = await anthropic.messages.create({ ...params, model: 'sim-student-far', stream: true })
    let text = ''
    for await (const event of stream) if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text
    const plain = await anthropic.messages.create({ ...params, model: 'sim-student-far' })
    expect(plain.content[0]).toEqual({ type: 'text', text })
  })

  it('gives the same answer as the OpenAI wire for the same prompt (no temperature = greedy)', async () => {
    const sim = await start()
    const system = 'You are a helpful assistant.'
    const viaAnthropic = await client(sim.url).messages.create({ ...params, system })
    const viaOpenAi = await new OpenAI({ apiKey: 'sk-test', baseURL: `${sim.url}/v1`, maxRetries: 0 }).chat.completions.create({
      model: 'sim-reference',
      messages: [{ role: 'system', content: system }, ...QUESTION],
      temperature: 0,
    })
    expect(viaAnthropic.content[0]).toEqual({ type: 'text', text: viaOpenAi.choices[0]?.message.content })
    // A temperature sent as an extra body field (the SDK's types no longer have one) is honoured.
    const warm = await client(sim.url).messages.create({ ...params, system, temperature: 1 } as Anthropic.MessageCreateParamsNonStreaming)
    expect(warm.content).not.toEqual(viaAnthropic.content)
  })

  it('max_tokens cuts the answer with stop_reason max_tokens', async () => {
    const sim = await start()
    const message = await client(sim.url).messages.create({ ...params, max_tokens: 3 })
    expect(message.stop_reason).toBe('max_tokens')
    expect(message.usage.output_tokens).toBe(3)
  })

  it('models.list answers in the Anthropic shape', async () => {
    const sim = await start()
    const page = await client(sim.url).models.list()
    expect(page.data.map((model) => model.id)).toContain('sim-judge')
    expect(page.data[0]).toMatchObject({ type: 'model', display_name: expect.stringMatching(/simulated/) })
  })

  it('a rejected or missing key is an AuthenticationError with the real error body', async () => {
    const sim = await start({ acceptedKeys: ['good'] })
    const failure = await client(sim.url, { apiKey: 'bad' })
      .messages.create(params)
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AuthenticationError)
    expect((failure as AuthenticationError).error).toEqual({
      type: 'error',
      error: { type: 'authentication_error', message: expect.stringMatching(/invalid x-api-key/) },
    })
    const missing = await fetch(`${sim.url}/v1/messages`, { method: 'POST', headers: { 'anthropic-version': '2023-06-01' }, body: JSON.stringify(params) })
    expect(missing.status).toBe(401)
    expect(await missing.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } })
  })

  it('validation: missing max_tokens, bad JSON and a bad fault header are 400 invalid_request_error', async () => {
    const sim = await start()
    const anthropic = client(sim.url)
    const failure = await anthropic.messages.create({ model: 'sim-reference', messages: QUESTION } as never).catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(BadRequestError)
    expect((failure as BadRequestError).error).toMatchObject({ error: { type: 'invalid_request_error', message: 'max_tokens: Field required' } })
    const malformed = await fetch(`${sim.url}/v1/messages`, { method: 'POST', headers: { 'x-api-key': 'test' }, body: 'not json' })
    expect([malformed.status, ((await malformed.json()) as { error: { type: string } }).error.type]).toEqual([400, 'invalid_request_error'])
    await expect(anthropic.messages.create(params, { headers: { 'x-sim-fault': 'teapot' } })).rejects.toThrow(/unknown fault kind 'teapot'/)
  })

  it('429 with retry-after: the SDK retries after the wait and succeeds', async () => {
    const sim = await start({ faults: { retryAfterMs: 250 } })
    const message = await client(sim.url, { maxRetries: 2 }).messages.create(params, { headers: { 'x-sim-fault': '429; times=2' } })
    expect(message.stop_reason).toBe('end_turn')
    const log = sim.requestLog
    expect(log.map((entry) => entry.status)).toEqual([429, 429, 200])
    for (let i = 1; i < log.length; i++) expect((log[i]?.arrivedAtMs ?? 0) - (log[i - 1]?.arrivedAtMs ?? 0)).toBeGreaterThanOrEqual(245)
  })

  it('500 is an InternalServerError with an api_error body', async () => {
    const sim = await start()
    const failure = await client(sim.url)
      .messages.create(params, { headers: { 'x-sim-fault': '500' } })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(InternalServerError)
    expect((failure as InternalServerError).error).toMatchObject({ error: { type: 'api_error' } })
  })

  it('timeout: APIConnectionTimeoutError after the SDK timeout', async () => {
    const sim = await start()
    await expect(client(sim.url, { timeout: 500 }).messages.create(params, { headers: { 'x-sim-fault': 'timeout' } })).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    )
  })

  it('truncated stream: finalMessage() rejects (no message_stop); raw iteration just ends early', async () => {
    const sim = await start()
    const anthropic = client(sim.url)
    const failure = await anthropic.messages
      .stream(params, { headers: { 'x-sim-fault': 'truncated-stream' } })
      .finalMessage()
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AnthropicError)
    expect((failure as Error).message).toMatch(/stream ended without producing a Message/)
    const raw = await anthropic.messages.create({ ...params, stream: true }, { headers: { 'x-sim-fault': 'truncated-stream' } })
    const types: string[] = []
    for await (const event of raw) types.push(event.type)
    expect(types[0]).toBe('message_start')
    expect(types).not.toContain('message_stop')
    expect(types).not.toContain('message_delta')
  })

  it('dropped connection: finalMessage() rejects with "terminated"', async () => {
    const sim = await start()
    await expect(
      client(sim.url)
        .messages.stream(params, { headers: { 'x-sim-fault': 'dropped-connection' } })
        .finalMessage(),
    ).rejects.toThrow(/terminated/)
  })

  it('abort mid-stream: APIUserAbortError from finalMessage(), and the simulator keeps serving', async () => {
    const sim = await start({ streamChunkDelayMs: 30 })
    const anthropic = client(sim.url)
    const controller = new AbortController()
    const stream = anthropic.messages.stream(params, { signal: controller.signal })
    stream.once('text', () => controller.abort())
    await expect(stream.finalMessage()).rejects.toBeInstanceOf(APIUserAbortError)
    const after = await anthropic.messages.create(params)
    expect(after.stop_reason).toBe('end_turn')
    await settled(sim, 2)
    expect(sim.requestLog.map((entry) => entry.completed)).toEqual([false, true])
  })
})
