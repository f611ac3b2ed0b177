import { describe, expect, it } from 'vitest'
import type { LlmCallError } from '../../../src/main/core/llm/llm-error'
import type { ChatRequest } from '../../../src/main/core/llm/types'
import { createTransport } from '../../../src/main/providers/create-transport'
import type { Simulator } from '../../../src/main/providers/simulator'
import { useSimulators } from '../simulator/support'

/**
 * Our transports (the real `openai` and `@anthropic-ai/sdk` clients, configured as the app does)
 * against the simulator: what reaches the provider, how retries wait, and how failures are classified.
 */
const startSimulator = useSimulators()
const KEY = 'sk-test-Integration0123456789abcdef'
const request: ChatRequest = {
  messages: [{ role: 'user', content: 'Why is the sky blue?' }],
  params: { temperature: 0, systemPrompt: 'You are a helpful assistant.' },
}
const noGate = async () => {}

type Kind = 'openai' | 'anthropic'
function transportFor(
  simulator: Simulator,
  kind: Kind,
  options: { stream?: boolean; fault?: string; timeoutMs?: number; maxRetries?: number; apiKey?: string } = {},
) {
  return createTransport(
    {
      kind,
      baseURL: kind === 'openai' ? `${simulator.url}/v1` : simulator.url,
      model: 'sim-reference',
      apiKey: options.apiKey ?? KEY,
      headers: options.fault ? { 'x-sim-fault': options.fault } : {},
      timeoutMs: options.timeoutMs ?? 10_000,
      stream: options.stream ?? false,
      maxRetries: options.maxRetries ?? 2,
    },
    noGate,
  )
}

async function failure(promise: Promise<unknown>): Promise<LlmCallError> {
  try {
    await promise
  } catch (error) {
    return error as LlmCallError
  }
  throw new Error('expected the call to fail')
}

/** Until the simulator has logged a request: no deadline of its own (vitest's test timeout is the guard). */
async function untilArrived(simulator: Simulator): Promise<void> {
  while (simulator.requestLog.length === 0) await new Promise((resolve) => setTimeout(resolve, 10))
}

/** Until the simulator has seen every logged request's connection end; no deadline of its own. */
async function untilEnded(simulator: Simulator): Promise<void> {
  while (!simulator.requestLog.every((entry) => entry.endedAtMs !== null)) await new Promise((resolve) => setTimeout(resolve, 10))
}

const cases = [
  ['openai', false],
  ['openai', true],
  ['anthropic', false],
  ['anthropic', true],
] as const

describe.each(cases)('%s transport (streamed: %s)', (kind, stream) => {
  it('returns the text, a normalised finish reason and token usage', async () => {
    const simulator = await startSimulator()
    const reply = await transportFor(simulator, kind, { stream }).send(request, new AbortController().signal)
    expect(reply.text.length).toBeGreaterThan(20)
    expect(reply.finishReason).toBe('stop')
    expect(reply.usage.inputTokens).toBeGreaterThan(0)
    expect(reply.usage.outputTokens).toBeGreaterThan(0)
    expect(simulator.requestLog.map((entry) => entry.stream)).toEqual([stream])
  })

  it("retries a 429 after the server's retry-after, then succeeds", async () => {
    const simulator = await startSimulator()
    const reply = await transportFor(simulator, kind, { stream, fault: '429; times=1; retry-after-ms=400' }).send(request, new AbortController().signal)
    expect(reply.text.length).toBeGreaterThan(0)
    const [first, second] = simulator.requestLog
    expect([first?.status, second?.status]).toEqual([429, 200])
    expect(second!.arrivedAtMs - first!.arrivedAtMs).toBeGreaterThanOrEqual(390)
  })

  it('retries a 500 and succeeds', async () => {
    const simulator = await startSimulator()
    await transportFor(simulator, kind, { stream, fault: '500; times=1' }).send(request, new AbortController().signal)
    expect(simulator.requestLog.map((entry) => entry.status)).toEqual([500, 200])
  })

  it.each([
    ['401', 'auth', /refused the API key/],
    ['429', 'rate_limit', /limiting how fast/],
    ['500', 'server', /problem on its side/],
  ])('maps a lasting %s to %s with a readable message and no key', async (fault, errorClass, message) => {
    const simulator = await startSimulator()
    const error = await failure(
      transportFor(simulator, kind, { stream, fault: `${fault}; retry-after-ms=10`, maxRetries: 1 }).send(request, new AbortController().signal),
    )
    expect(error.errorClass).toBe(errorClass)
    expect(error.message).toMatch(message)
    expect(error.message).not.toContain(KEY)
  })

  // The server never answers here: only the transport's own 300 ms timeout can end the call (a
  // timeout not applied would hang until vitest's test timeout, the guard).
  it('gives up after the timeout and says so', async () => {
    const simulator = await startSimulator()
    const error = await failure(
      transportFor(simulator, kind, { stream, fault: 'timeout', timeoutMs: 300, maxRetries: 0 }).send(request, new AbortController().signal),
    )
    expect(error.errorClass).toBe('timeout')
    // It was the client that left: one attempt, never answered, its connection closed unfinished.
    await untilEnded(simulator)
    expect(simulator.requestLog).toMatchObject([{ status: null, completed: false }])
  })

  it('stops at once when cancelled mid-request', async () => {
    // The server holds the request for half a minute: a call that settled with its answer would
    // have waited for it; one that ignored the abort fails on the answer it then gets.
    const simulator = await startSimulator({ latencyMs: 30_000 })
    const controller = new AbortController()
    const pending = failure(transportFor(simulator, kind, { stream }).send(request, controller.signal))
    await untilArrived(simulator)
    controller.abort()
    const error = await pending
    expect(error.errorClass).toBe('cancelled')
    // Settled before the server answered, and the server saw the client leave; no retry followed.
    expect(simulator.requestLog).toMatchObject([{ status: null }])
    await untilEnded(simulator)
    expect(simulator.requestLog).toMatchObject([{ status: null, completed: false }])
  })

  it('treats an answer cut off in transit as a network failure', async () => {
    const simulator = await startSimulator()
    const error = await failure(
      transportFor(simulator, kind, { stream, fault: 'dropped-connection', maxRetries: 0 }).send(request, new AbortController().signal),
    )
    expect(error.errorClass).toBe('network')
  })
})

describe('truncated streams', () => {
  it.each(['openai', 'anthropic'] as const)('%s: a stream that ends without its final events is a failure, not an answer', async (kind) => {
    const simulator = await startSimulator()
    const error = await failure(
      transportFor(simulator, kind, { stream: true, fault: 'truncated-stream', maxRetries: 0 }).send(request, new AbortController().signal),
    )
    expect(error.errorClass).toBe('network')
  })
})

describe('listing models', () => {
  it.each(['openai', 'anthropic'] as const)('%s: lists the simulated personas', async (kind) => {
    const simulator = await startSimulator()
    const ids = await transportFor(simulator, kind).listModels(new AbortController().signal)
    expect(ids).toEqual(expect.arrayContaining(['sim-reference', 'sim-judge']))
  })
})
