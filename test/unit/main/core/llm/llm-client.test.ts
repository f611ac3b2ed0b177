import { describe, expect, it } from 'vitest'
import { createLlmClient, type CallRecord, type ResolvedModel, type ResponseCache } from '../../../../../src/main/core/llm/llm-client'
import { LlmCallError } from '../../../../../src/main/core/llm/llm-error'
import type { ChatReply, ChatRequest, ChatTransport } from '../../../../../src/main/core/llm/types'

/** A transport whose replies the test releases by hand, counting what was sent and how many at once. */
function scriptedTransport() {
  const pending: { request: ChatRequest; resolve: (reply: ChatReply) => void; reject: (error: Error) => void }[] = []
  let active = 0
  let peak = 0
  let sent = 0
  const transport: ChatTransport = {
    send: (request, signal) =>
      new Promise((resolve, reject) => {
        sent++
        active++
        peak = Math.max(peak, active)
        const settle = () => active--
        signal.addEventListener('abort', () => (settle(), reject(new LlmCallError('cancelled'))), { once: true })
        pending.push({ request, resolve: (reply) => (settle(), resolve(reply)), reject: (error) => (settle(), reject(error)) })
      }),
    listModels: async () => [],
  }
  const reply = (text: string): ChatReply => ({ text, finishReason: 'stop', usage: { inputTokens: 1000, outputTokens: 500 } })
  return { transport, pending, reply, stats: () => ({ sent, peak, active }) }
}

function setup(maxConcurrent = 2) {
  const script = scriptedTransport()
  const store = new Map<string, ChatReply>()
  const cache: ResponseCache = { get: (key) => store.get(key), put: (key, value) => void store.set(key, value) }
  const records: CallRecord[] = []
  const model: ResolvedModel = {
    identity: { kind: 'openai', baseURL: 'http://x/v1', model: 'm' },
    prices: { inputPerMTok: 2, outputPerMTok: 10 },
    maxConcurrent,
    fingerprint: 'f1',
    createTransport: () => script.transport,
  }
  const client = createLlmClient({ resolve: async () => model, cache, record: (entry) => records.push(entry) })
  return { client, script, records, store }
}

const ask = (content: string): ChatRequest => ({ messages: [{ role: 'user', content }], params: { temperature: 0 } })
const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('LLM client', () => {
  it('sends a call once, prices it, and answers the same call again from the cache', async () => {
    const { client, script, records } = setup()
    const first = client.chat('m1', ask('hello'), { runId: 'r1' })
    await flush()
    script.pending[0]!.resolve(script.reply('hi'))
    expect(await first).toMatchObject({ text: 'hi', cached: false, costUsd: (1000 * 2 + 500 * 10) / 1e6 })
    expect(await client.chat('m1', ask('hello'))).toMatchObject({ text: 'hi', cached: true, costUsd: 0 })
    expect(script.stats().sent).toBe(1)
    expect(records.map((record) => [record.cached, record.runId])).toEqual([
      [false, 'r1'],
      [true, undefined],
    ])
  })

  it('joins an identical call already in flight instead of paying twice', async () => {
    const { client, script } = setup()
    const a = client.chat('m1', ask('same'))
    const b = client.chat('m1', ask('same'))
    await flush()
    expect(script.stats().sent).toBe(1)
    script.pending[0]!.resolve(script.reply('once'))
    expect((await a).cached).toBe(false)
    expect(await b).toMatchObject({ text: 'once', cached: true })
  })

  it('never runs more than the model allows at once', async () => {
    const { client, script } = setup(2)
    const calls = ['a', 'b', 'c', 'd', 'e'].map((text) => client.chat('m1', ask(text)))
    for (let round = 0; round < 5; round++) {
      await flush()
      script.pending.shift()?.resolve(script.reply('ok'))
    }
    await Promise.all(calls)
    expect(script.stats().peak).toBe(2)
    expect(script.stats().sent).toBe(5)
  })

  it('records failures, does not cache them, and tries again next time', async () => {
    const { client, script, records, store } = setup()
    const failing = client.chat('m1', ask('x'))
    await flush()
    script.pending.shift()!.reject(new LlmCallError('server', 'overloaded', 529))
    await expect(failing).rejects.toMatchObject({ errorClass: 'server' })
    expect(store.size).toBe(0)
    expect(records.at(-1)).toMatchObject({ errorClass: 'server', cached: false })
    const retry = client.chat('m1', ask('x'))
    await flush()
    script.pending.shift()!.resolve(script.reply('fine'))
    expect((await retry).text).toBe('fine')
    expect(script.stats().sent).toBe(2)
  })

  it('cancels a call waiting in the queue and one under way, and records only the one that was sent', async () => {
    const { client, script, records } = setup(1)
    const controller = new AbortController()
    const running = client.chat('m1', ask('one'), { signal: controller.signal })
    const queued = client.chat('m1', ask('two'), { signal: controller.signal })
    await flush()
    controller.abort()
    await expect(running).rejects.toMatchObject({ errorClass: 'cancelled', notSent: false })
    await expect(queued).rejects.toMatchObject({ errorClass: 'cancelled', notSent: true })
    expect(script.stats().sent).toBe(1)
    // A paused run's waiting calls are no failed requests: nothing reached the provider.
    expect(records.map((record) => record.errorClass)).toEqual(['cancelled'])
  })

  it('goes to the provider for a connection test even when the answer is cached', async () => {
    const { client, script } = setup()
    const first = client.chat('m1', ask('ping'))
    await flush()
    script.pending.shift()!.resolve(script.reply('pong'))
    await first
    const test = client.chat('m1', ask('ping'), { useCache: false })
    await flush()
    script.pending.shift()!.resolve(script.reply('pong'))
    expect((await test).cached).toBe(false)
    expect(script.stats().sent).toBe(2)
  })
})
