import { describe, expect, it } from 'vitest'
import { createLlmClient, type ResolvedModel, type ResponseCache } from '../../../../../src/main/core/llm/llm-client'
import { LlmCallError } from '../../../../../src/main/core/llm/llm-error'
import type { Clock } from '../../../../../src/main/core/llm/sliding-window-limiter'
import type { ChatReply, ChatRequest, ChatTransport } from '../../../../../src/main/core/llm/types'

interface Sent {
  readonly resolve: (reply: ChatReply) => void
  readonly reject: (error: Error) => void
}

/** A client whose transport answers only when the test says so, on a clock the test moves. */
function setup(maxConcurrent: number) {
  const sent: Sent[] = []
  const transport: ChatTransport = {
    send: (_request, signal) =>
      new Promise((resolve, reject) => {
        signal.addEventListener('abort', () => reject(new LlmCallError('cancelled')), { once: true })
        sent.push({ resolve, reject })
      }),
    listModels: async () => [],
  }
  const time = { now: 1_000 }
  const clock: Clock = { now: () => time.now, sleep: async () => {} }
  const noCache: ResponseCache = { get: () => undefined, put: () => {} }
  const model: ResolvedModel = {
    identity: { kind: 'openai', baseURL: 'http://x/v1', model: 'm' },
    prices: { inputPerMTok: 0, outputPerMTok: 0 },
    maxConcurrent,
    fingerprint: 'f1',
    createTransport: () => transport,
  }
  const client = createLlmClient({ resolve: async () => model, cache: noCache, record: () => {}, clock })
  return { client, sent, time }
}

const ask = (content: string): ChatRequest => ({ messages: [{ role: 'user', content }], params: { temperature: 0 } })
const reply: ChatReply = { text: 'ok', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 1 } }
const settle = () => new Promise((resolve) => setImmediate(resolve))

describe('LLM client: requests waiting on the provider', () => {
  it('counts only the calls handed to the provider, not those queued behind the model limit', async () => {
    const { client, sent, time } = setup(1)
    const first = client.chat('m1', ask('one'), { runId: 'r1' })
    await settle()
    time.now += 5_000
    const second = client.chat('m1', ask('two'), { runId: 'r1' })
    await settle()
    time.now += 30_000
    expect(sent).toHaveLength(1)
    expect(client.waiting('r1')).toEqual({ requests: 1, longestMs: 35_000 })
    // The queued call starts its wait when it is sent, not when it was asked for.
    sent[0]!.resolve(reply)
    await first
    await settle()
    time.now += 2_000
    expect(client.waiting('r1')).toEqual({ requests: 1, longestMs: 2_000 })
    sent[1]!.resolve(reply)
    await second
    expect(client.waiting('r1')).toBeUndefined()
  })

  it('reports the oldest of several, measured against the time given', async () => {
    const { client, sent, time } = setup(4)
    const calls = [client.chat('m1', ask('a'), { runId: 'r1' })]
    await settle()
    time.now += 10_000
    calls.push(client.chat('m1', ask('b'), { runId: 'r1' }), client.chat('m1', ask('c'), { runId: 'r1' }))
    await settle()
    expect(client.waiting('r1', time.now + 90_000)).toEqual({ requests: 3, longestMs: 100_000 })
    for (const call of sent) call.resolve(reply)
    await Promise.all(calls)
  })

  it('forgets a call that failed or was cancelled', async () => {
    const { client, sent } = setup(2)
    const controller = new AbortController()
    const failing = client.chat('m1', ask('a'), { runId: 'r1' })
    const cancelled = client.chat('m1', ask('b'), { runId: 'r1', signal: controller.signal })
    await settle()
    expect(client.waiting('r1')?.requests).toBe(2)
    sent[0]!.reject(new LlmCallError('server', 'boom'))
    await expect(failing).rejects.toMatchObject({ errorClass: 'server' })
    expect(client.waiting('r1')?.requests).toBe(1)
    controller.abort()
    await expect(cancelled).rejects.toMatchObject({ errorClass: 'cancelled' })
    expect(client.waiting('r1')).toBeUndefined()
  })

  it("does not count another run's calls, nor calls that belong to no run", async () => {
    const { client, sent } = setup(3)
    const calls = [client.chat('m1', ask('a'), { runId: 'r1' }), client.chat('m1', ask('b'), { runId: 'r2' }), client.chat('m1', ask('c'))]
    await settle()
    expect(sent).toHaveLength(3)
    expect(client.waiting('r1')?.requests).toBe(1)
    expect(client.waiting('r2')?.requests).toBe(1)
    expect(client.waiting('r3')).toBeUndefined()
    for (const call of sent) call.resolve(reply)
    await Promise.all(calls)
  })
})
