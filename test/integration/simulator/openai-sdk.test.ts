import OpenAI, { APIConnectionTimeoutError, APIUserAbortError, AuthenticationError, BadRequestError, InternalServerError, RateLimitError } from 'openai'
import { describe, expect, it } from 'vitest'
import { QUESTION, settled, useSimulators } from './support'

const start = useSimulators()
const client = (url: string, options: Partial<ConstructorParameters<typeof OpenAI>[0]> = {}) =>
  new OpenAI({ apiKey: 'sk-test', baseURL: `${url}/v1`, maxRetries: 0, ...options })

describe('the official OpenAI SDK against the simulator', () => {
  it('chat.completions.create: the real response shape, with usage', async () => {
    const sim = await start()
    const completion = await client(sim.url).chat.completions.create({
      model: 'sim-reference',
      messages: [{ role: 'system', content: 'You are a helpful assistant.' }, ...QUESTION],
      temperature: 0,
    })
    expect(completion).toMatchObject({
      object: 'chat.completion',
      model: 'sim-reference',
      choices: [{ index: 0, message: { role: 'assistant' }, finish_reason: 'stop' }],
    })
    expect(completion.id).toMatch(/^chatcmpl-/)
    expect(completion.created).toBeGreaterThan(1_600_000_000)
    const content = completion.choices[0]?.message.content ?? ''
    expect(content.length).toBeGreaterThan(80)
    expect(completion.usage).toMatchObject({ completion_tokens: Math.ceil(content.length / 4) })
    expect(completion.usage?.total_tokens).toBe((completion.usage?.prompt_tokens ?? 0) + (completion.usage?.completion_tokens ?? 0))
  })

  it('streams chunks whose deltas add up to the plain answer, then a usage chunk', async () => {
    const sim = await start()
    const openai = client(sim.url)
    const plain = await openai.chat.completions.create({ model: 'sim-student-close', messages: QUESTION, temperature: 0 })
    const stream = await openai.chat.completions.create({
      model: 'sim-student-close',
      messages: QUESTION,
      temperature: 0,
      stream: true,
      stream_options: { include_usage: true },
    })
    let text = ''
    let finish: string | null = null
    let usage: OpenAI.CompletionUsage | null | undefined
    for await (const chunk of stream) {
      expect(chunk.object).toBe('chat.completion.chunk')
      text += chunk.choices[0]?.delta.content ?? ''
      finish = chunk.choices[0]?.finish_reason ?? finish
      usage = chunk.usage ?? usage
    }
    expect(text).toBe(plain.choices[0]?.message.content)
    expect(finish).toBe('stop')
    expect(usage?.completion_tokens).toBe(plain.usage?.completion_tokens)
  })

  it('n samples and max_tokens: several choices, and a length stop', async () => {
    const sim = await start()
    const completion = await client(sim.url).chat.completions.create({ model: 'sim-reference', messages: QUESTION, temperature: 1, n: 2, max_tokens: 5 })
    expect(completion.choices.map((choice) => choice.finish_reason)).toEqual(['length', 'length'])
    expect(completion.choices[0]?.message.content?.length).toBeLessThanOrEqual(20)
  })

  it('models.list lists the personas', async () => {
    const sim = await start()
    const ids = (await client(sim.url).models.list()).data.map((model) => model.id)
    expect(ids).toEqual(
      expect.arrayContaining(['sim-reference', 'sim-student-close', 'sim-student-far', 'sim-target-leaky', 'sim-target-loyal', 'sim-judge', 'sim-helper']),
    )
  })

  it('a rejected key is an AuthenticationError with the real error body', async () => {
    const sim = await start({ acceptedKeys: ['sk-good'] })
    const failure = await client(sim.url, { apiKey: 'sk-wrong-key' })
      .chat.completions.create({ model: 'sim-reference', messages: QUESTION })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(AuthenticationError)
    expect(failure).toMatchObject({ status: 401, code: 'invalid_api_key', type: 'invalid_request_error' })
    await expect(client(sim.url, { apiKey: 'sk-good' }).models.list()).resolves.toBeDefined()
    const missing = await fetch(`${sim.url}/v1/chat/completions`, { method: 'POST', body: JSON.stringify({ model: 'sim-reference', messages: QUESTION }) })
    expect(missing.status).toBe(401)
    expect(await missing.json()).toMatchObject({ error: { type: 'invalid_request_error', message: expect.stringMatching(/didn't provide an API key/) } })
  })

  it('validation: missing messages and malformed JSON are 400 with the real shape', async () => {
    const sim = await start()
    const failure = await client(sim.url)
      .chat.completions.create({ model: 'sim-reference' } as never)
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(BadRequestError)
    expect(failure).toMatchObject({ param: 'messages', code: 'missing_required_parameter' })
    const malformed = await fetch(`${sim.url}/v1/chat/completions`, { method: 'POST', headers: { authorization: 'Bearer sk-test' }, body: '{"model": ' })
    expect(malformed.status).toBe(400)
    expect(await malformed.json()).toEqual({
      error: { message: expect.stringMatching(/parse the JSON body/), type: 'invalid_request_error', param: null, code: null },
    })
  })

  it('429 with retry-after: the SDK waits as told, retries and succeeds', async () => {
    const sim = await start()
    const completion = await client(sim.url, { maxRetries: 2 }).chat.completions.create(
      { model: 'sim-reference', messages: QUESTION },
      { headers: { 'x-sim-fault': '429; times=1; retry-after-ms=300' } },
    )
    expect(completion.choices[0]?.finish_reason).toBe('stop')
    const [first, second] = sim.requestLog
    expect([first?.status, first?.fault, first?.attempt, second?.status, second?.attempt]).toEqual([429, '429', 1, 200, 2])
    const waited = (second?.arrivedAtMs ?? 0) - (first?.arrivedAtMs ?? 0)
    expect(waited).toBeGreaterThanOrEqual(295)
    expect(waited).toBeLessThan(1000)
  })

  it('429 without retries left is a RateLimitError carrying both retry headers', async () => {
    const sim = await start({ faults: { retryAfterMs: 2500 } })
    const failure = await client(sim.url)
      .chat.completions.create({ model: 'sim-reference', messages: QUESTION }, { headers: { 'x-sim-fault': '429' } })
      .catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(RateLimitError)
    const headers = (failure as RateLimitError).headers
    expect([headers.get('retry-after'), headers.get('retry-after-ms')]).toEqual(['3', '2500'])
  })

  it('500 is an InternalServerError', async () => {
    const sim = await start()
    await expect(
      client(sim.url).chat.completions.create({ model: 'sim-reference', messages: QUESTION }, { headers: { 'x-sim-fault': '500' } }),
    ).rejects.toBeInstanceOf(InternalServerError)
  })

  it('timeout: the SDK gives up with APIConnectionTimeoutError; close() releases held requests', async () => {
    const sim = await start()
    const openai = client(sim.url, { timeout: 500 })
    const began = performance.now()
    await expect(
      openai.chat.completions.create({ model: 'sim-reference', messages: QUESTION }, { headers: { 'x-sim-fault': 'timeout' } }),
    ).rejects.toBeInstanceOf(APIConnectionTimeoutError)
    expect(performance.now() - began).toBeGreaterThanOrEqual(450)
    await settled(sim, 1)
    expect(sim.requestLog[0]).toMatchObject({ fault: 'timeout', status: null, completed: false })
    // A request still held when the simulator closes must not keep close() waiting.
    const held = client(sim.url, { timeout: 60_000 })
      .chat.completions.create({ model: 'sim-reference', messages: QUESTION }, { headers: { 'x-sim-fault': 'timeout' } })
      .catch((error: unknown) => error)
    await new Promise((resolve) => setTimeout(resolve, 100))
    await sim.close()
    expect(await held).toBeInstanceOf(Error)
  })

  it('truncated stream: iteration ends without an error and without a finish reason', async () => {
    const sim = await start()
    const stream = await client(sim.url).chat.completions.create(
      { model: 'sim-reference', messages: QUESTION, stream: true },
      { headers: { 'x-sim-fault': 'truncated-stream' } },
    )
    let text = ''
    const finishes: (string | null)[] = []
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? ''
      finishes.push(chunk.choices[0]?.finish_reason ?? null)
    }
    expect(text.length).toBeGreaterThan(0)
    expect(finishes.every((finish) => finish === null)).toBe(true)
  })

  it('dropped connection: stream iteration throws (undici "terminated"), and so does a plain call', async () => {
    const sim = await start()
    const openai = client(sim.url)
    const stream = await openai.chat.completions.create(
      { model: 'sim-reference', messages: QUESTION, stream: true },
      { headers: { 'x-sim-fault': 'dropped-connection' } },
    )
    const consume = async () => {
      for await (const _chunk of stream) void _chunk
    }
    await expect(consume()).rejects.toThrow(/terminated/)
    await expect(
      openai.chat.completions.create({ model: 'sim-reference', messages: QUESTION }, { headers: { 'x-sim-fault': 'dropped-connection' } }),
    ).rejects.toThrow(/terminated/)
  })

  it('truncated plain answer: the SDK fails to parse the JSON', async () => {
    const sim = await start()
    await expect(
      client(sim.url).chat.completions.create({ model: 'sim-reference', messages: QUESTION }, { headers: { 'x-sim-fault': 'truncated-stream' } }),
    ).rejects.toBeInstanceOf(SyntaxError)
  })

  it('abort mid-request and mid-stream: APIUserAbortError, and the simulator keeps serving', async () => {
    const sim = await start({ streamChunkDelayMs: 30 })
    const openai = client(sim.url)
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 100)
    await expect(
      openai.chat.completions.create({ model: 'sim-reference', messages: QUESTION }, { signal: controller.signal, headers: { 'x-sim-fault': 'timeout' } }),
    ).rejects.toBeInstanceOf(APIUserAbortError)
    const streaming = new AbortController()
    const stream = await openai.chat.completions.create({ model: 'sim-reference', messages: QUESTION, stream: true }, { signal: streaming.signal })
    let chunks = 0
    for await (const _chunk of stream) {
      void _chunk
      if (++chunks === 3) streaming.abort()
    }
    expect(chunks).toBeLessThan(10)
    const after = await openai.chat.completions.create({ model: 'sim-reference', messages: QUESTION })
    expect(after.choices[0]?.finish_reason).toBe('stop')
    await settled(sim, 3)
    expect(sim.requestLog.map((entry) => entry.completed)).toEqual([false, false, true])
  })
})
