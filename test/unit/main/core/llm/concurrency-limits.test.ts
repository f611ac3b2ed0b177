import { describe, expect, it } from 'vitest'
import { createConcurrencyGates } from '../../../../../src/main/core/llm/concurrency-gates'
import { createLlmClient, type ResolvedModel, type ResponseCache } from '../../../../../src/main/core/llm/llm-client'
import type { ChatReply, ChatRequest, ChatTransport } from '../../../../../src/main/core/llm/types'
import { endpointKey, endpointLimitFor } from '../../../../../src/main/providers/endpoint-limit'

/** One transport per model, all reporting to a shared tally of calls in flight, overall and per model. */
function tally() {
  const pending: (() => void)[] = []
  const active = new Map<string, number>()
  const peak = new Map<string, number>()
  const bump = (key: string, by: number) => {
    const now = (active.get(key) ?? 0) + by
    active.set(key, now)
    peak.set(key, Math.max(peak.get(key) ?? 0, now))
  }
  const transportFor = (model: string): ChatTransport => ({
    send: () =>
      new Promise<ChatReply>((resolve) => {
        bump(model, 1)
        bump('all', 1)
        pending.push(() => {
          bump(model, -1)
          bump('all', -1)
          resolve({ text: 'ok', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 1 } })
        })
      }),
    listModels: async () => [],
  })
  return { pending, peak, transportFor }
}

function client(models: Record<string, Omit<ResolvedModel, 'identity' | 'prices' | 'fingerprint' | 'createTransport'>>) {
  const counts = tally()
  const noCache: ResponseCache = { get: () => undefined, put: () => {} }
  const resolve = async (modelId: string): Promise<ResolvedModel> => ({
    identity: { kind: 'openai', baseURL: 'http://127.0.0.1:11434/v1', model: modelId },
    prices: { inputPerMTok: 0, outputPerMTok: 0 },
    fingerprint: modelId,
    createTransport: () => counts.transportFor(modelId),
    ...models[modelId]!,
  })
  return { llm: createLlmClient({ resolve, cache: noCache, record: () => {} }), ...counts }
}

const ask = (content: string): ChatRequest => ({ messages: [{ role: 'user', content }], params: { temperature: 0 } })
const flush = () => new Promise((resolve) => setImmediate(resolve))

/** Releases calls one by one until every call has settled. */
async function drain(counts: { pending: (() => void)[] }, calls: Promise<unknown>[]) {
  let settled = false
  void Promise.all(calls).then(() => (settled = true))
  while (!settled) {
    await flush()
    counts.pending.shift()?.()
  }
}

describe('how many calls run at once (issue 17 item 5)', () => {
  it("a run's concurrency caps a model whose own limit is higher (saved models included)", async () => {
    const c = client({ m: { maxConcurrent: 8 } })
    const calls = Array.from({ length: 12 }, (_, i) => c.llm.chat('m', ask(`q${i}`), { runId: 'r1', maxConcurrent: 2 }))
    await drain(c, calls)
    expect(c.peak.get('m')).toBe(2)
  })

  it("a model's own limit caps a run whose concurrency is higher: the lower of the two wins", async () => {
    const c = client({ m: { maxConcurrent: 3 } })
    const calls = Array.from({ length: 12 }, (_, i) => c.llm.chat('m', ask(`q${i}`), { runId: 'r1', maxConcurrent: 8 }))
    await drain(c, calls)
    expect(c.peak.get('m')).toBe(3)
  })

  it("two runs each get their own run limit on a shared model, within the model's limit", async () => {
    const c = client({ m: { maxConcurrent: 8 } })
    const calls = ['r1', 'r2'].flatMap((runId) => Array.from({ length: 8 }, (_, i) => c.llm.chat('m', ask(`${runId}-${i}`), { runId, maxConcurrent: 2 })))
    await drain(c, calls)
    expect(c.peak.get('m')).toBe(4)
  })

  it('an endpoint cap holds across every model on the server', async () => {
    const endpoint = { key: 'http://127.0.0.1:11434', maxConcurrent: 3 }
    const c = client({ a: { maxConcurrent: 8, endpoint }, b: { maxConcurrent: 8, endpoint }, d: { maxConcurrent: 8, endpoint } })
    const calls = ['a', 'b', 'd'].flatMap((model) =>
      Array.from({ length: 6 }, (_, i) => c.llm.chat(model, ask(`${model}${i}`), { runId: 'r1', maxConcurrent: 8 })),
    )
    await drain(c, calls)
    expect(c.peak.get('all')).toBe(3)
  })

  it('without an endpoint cap, models on one server add up (what the cap is for)', async () => {
    const c = client({ a: { maxConcurrent: 2 }, b: { maxConcurrent: 2 } })
    const calls = ['a', 'b'].flatMap((model) => Array.from({ length: 4 }, (_, i) => c.llm.chat(model, ask(`${model}${i}`))))
    await drain(c, calls)
    expect(c.peak.get('all')).toBe(4)
  })

  it("drops a run's gate once its calls are done, so finished runs leave nothing behind", async () => {
    const gates = createConcurrencyGates()
    const controller = new AbortController()
    let release!: () => void
    const call = gates.withinRunLimit('r1', 'm', 2, () => new Promise<void>((resolve) => (release = resolve)), controller.signal)
    await flush()
    expect(gates.openRunGates()).toBe(1)
    release()
    await call
    expect(gates.openRunGates()).toBe(0)
  })
})

describe('which cap a server gets', () => {
  it('matches servers on scheme, host and port, whatever the path', () => {
    expect(endpointKey('http://127.0.0.1:11434/v1')).toBe(endpointKey('HTTP://127.0.0.1:11434'))
    expect(endpointKey('http://127.0.0.1:11434/v1')).not.toBe(endpointKey('http://127.0.0.1:1234/v1'))
  })

  it("takes the lowest cap the user set, else the local server preset's default, else none", () => {
    const endpoints = { 'http://127.0.0.1:11434': { maxConcurrent: 6 }, 'http://127.0.0.1:1234': { maxConcurrent: 1 } }
    expect(endpointLimitFor('http://127.0.0.1:11434/v1', { set: [2], endpoints, presetDefault: 4 })).toEqual({
      key: 'http://127.0.0.1:11434',
      maxConcurrent: 2,
    })
    expect(endpointLimitFor('http://127.0.0.1:11434/v1', { set: [undefined], endpoints, presetDefault: 4 })?.maxConcurrent).toBe(6)
    // A cap the user set may be above the preset's default.
    expect(endpointLimitFor('http://127.0.0.1:11434/v1', { set: [16], presetDefault: 4 })?.maxConcurrent).toBe(16)
    expect(endpointLimitFor('http://127.0.0.1:11434/v1', { set: [], presetDefault: 4 })?.maxConcurrent).toBe(4)
    expect(endpointLimitFor('https://api.openai.com/v1', { set: [undefined], endpoints })).toBeUndefined()
  })
})
