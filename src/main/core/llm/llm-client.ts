import PQueue from 'p-queue'
import type { LlmErrorClass } from '../../../shared/contract/models'
import { cacheKeyFor } from './cache-key'
import { createConcurrencyGates, type EndpointLimit } from './concurrency-gates'
import { costOf } from './cost'
import { LlmCallError } from './llm-error'
import { ProviderWaits, type ProviderWait } from './provider-waits'
import { realClock, SlidingWindowLimiter, type Clock } from './sliding-window-limiter'
import type { ChatReply, ChatRequest, ChatResult, ChatTransport, EndpointIdentity, Prices, ReportedVersion } from './types'

/** Gate every HTTP attempt passes (retries included): where requests-per-minute is enforced. */
export type AttemptGate = (signal: AbortSignal) => Promise<void>

/** A model resolved for calling: where it lives, what it costs, how fast it may be called. */
export interface ResolvedModel {
  readonly identity: EndpointIdentity
  readonly prices: Prices
  readonly maxConcurrent: number
  readonly rpm?: number
  /** A cap shared by every model on the same base URL (a local server), when one is set. */
  readonly endpoint?: EndpointLimit
  /** Changes whenever anything above or the key changes, so the lane is rebuilt. */
  readonly fingerprint: string
  createTransport(gate: AttemptGate): ChatTransport
}

export interface ResponseCache {
  get(key: string): ChatReply | undefined
  put(key: string, reply: ChatReply): void
}

export interface CallRecord {
  readonly modelId: string
  readonly runId?: string
  readonly cached: boolean
  readonly inputTokens: number
  readonly outputTokens: number
  readonly costUsd: number
  readonly latencyMs: number
  readonly errorClass?: LlmErrorClass
  /** What the provider said answered (a cache hit: what answered when the reply was stored). */
  readonly reported?: ReportedVersion
}

export interface LlmClientDeps {
  resolve(modelId: string): Promise<ResolvedModel>
  readonly cache: ResponseCache
  record(entry: CallRecord): void
  readonly clock?: Clock
}

export interface CallOptions {
  readonly signal?: AbortSignal
  readonly runId?: string
  /** Connection tests must reach the provider; everything else is answered from the cache when it can. */
  readonly useCache?: boolean
  /** The run's limit on its calls to this model in flight (needs `runId`); the model's own limit applies too. */
  readonly maxConcurrent?: number
}

/** The one port every evaluator calls models through. */
export interface LlmClient {
  chat(modelId: string, request: ChatRequest, options?: CallOptions): Promise<ChatResult>
  /**
   * The run's requests sent to a provider and not yet answered (time queued behind the concurrency
   * limits does not count: only the provider's time); undefined when there are none.
   */
  waiting(runId: string, now?: number): ProviderWait | undefined
}

/**
 * A minute plus a guard. The provider counts requests when they arrive, we when they leave; the
 * time in between (connection set-up, a busy machine) would otherwise let its one-minute window
 * see a few more than the limit (measured: 123 of 120 without the guard).
 */
export const RPM_WINDOW_MS = 62_000

interface RunLimit {
  readonly modelId: string
  readonly runId: string | undefined
  readonly maxConcurrent: number | undefined
}

interface Lane {
  readonly fingerprint: string
  readonly model: ResolvedModel
  readonly queue: PQueue
  readonly endpointGate: PQueue | undefined
  readonly transport: ChatTransport
}

/**
 * Calls go: cache -> identical call already in flight -> the run's limit for the model -> the
 * model's queue (concurrency) -> the endpoint's limit (concurrency-gates.ts) -> the transport, whose every HTTP attempt passes the model's requests-per-minute gate. Each outcome is
 * recorded; only successes are cached, so an error is retried next time.
 */
export function createLlmClient(deps: LlmClientDeps): LlmClient {
  const clock = deps.clock ?? realClock
  const lanes = new Map<string, Lane>()
  const inFlight = new Map<string, Promise<ChatReply>>()
  const gates = createConcurrencyGates()
  const waits = new ProviderWaits()

  async function laneFor(modelId: string): Promise<Lane> {
    const model = await deps.resolve(modelId)
    const existing = lanes.get(modelId)
    if (existing?.fingerprint === model.fingerprint) return existing
    const limiter = model.rpm ? new SlidingWindowLimiter(model.rpm, RPM_WINDOW_MS, clock) : undefined
    const gate: AttemptGate = limiter ? (signal) => limiter.acquire(signal) : async () => {}
    const lane = {
      fingerprint: model.fingerprint,
      model,
      queue: new PQueue({ concurrency: model.maxConcurrent }),
      endpointGate: gates.endpointGate(model.endpoint),
      transport: model.createTransport(gate),
    }
    lanes.set(modelId, lane)
    return lane
  }

  async function send(lane: Lane, request: ChatRequest, signal: AbortSignal, limit: RunLimit): Promise<ChatReply> {
    let started = false
    const transportSend = () => {
      started = true
      return limit.runId === undefined ? lane.transport.send(request, signal) : sendTimed(lane, request, signal, limit.runId)
    }
    try {
      return await gates.withinRunLimit(
        limit.runId,
        limit.modelId,
        limit.maxConcurrent,
        () => lane.queue.add(() => gates.withinEndpointLimit(lane.endpointGate, transportSend, signal), { signal }),
        signal,
      )
    } catch (error) {
      // Still in a queue when cancelled: nothing was sent, so nothing is recorded (a paused run's
      // waiting calls are no failures).
      if (!started && signal.aborted) throw LlmCallError.cancelledBeforeSending()
      // Transports classify provider errors; what remains is the queue giving up on an aborted task.
      if (error instanceof LlmCallError) throw error
      throw new LlmCallError(signal.aborted ? 'cancelled' : 'network', signal.aborted ? undefined : String((error as Error)?.message ?? error))
    }
  }

  /** The transport's send, with the time it is with the provider noted for `waiting`. */
  async function sendTimed(lane: Lane, request: ChatRequest, signal: AbortSignal, runId: string): Promise<ChatReply> {
    const id = waits.begin(runId, clock.now())
    try {
      return await lane.transport.send(request, signal)
    } finally {
      waits.end(runId, id)
    }
  }

  async function chat(modelId: string, request: ChatRequest, options: CallOptions = {}): Promise<ChatResult> {
    const signal = options.signal ?? new AbortController().signal
    const useCache = options.useCache ?? true
    const lane = await laneFor(modelId)
    const key = cacheKeyFor(lane.model.identity, request)
    const base = { modelId, ...(options.runId ? { runId: options.runId } : {}) }
    const fromCache = (reply: ChatReply): ChatResult => {
      deps.record({ ...base, cached: true, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: 0, ...(reply.reported ? { reported: reply.reported } : {}) })
      return { ...reply, cached: true, cacheKey: key, costUsd: 0, latencyMs: 0 }
    }
    if (useCache) {
      const hit = deps.cache.get(key)
      if (hit) return fromCache(hit)
      // Checked and registered with no await in between, so two identical calls can never both send.
      const pending = inFlight.get(key)
      if (pending) {
        const joined = await joinInFlight(pending, signal)
        if (joined) return fromCache(joined)
      }
    }
    return sendAndRecord(lane, key, request, signal, useCache, base, options.maxConcurrent)
  }

  async function sendAndRecord(
    lane: Lane,
    key: string,
    request: ChatRequest,
    signal: AbortSignal,
    useCache: boolean,
    base: Pick<CallRecord, 'modelId' | 'runId'>,
    runLimit: number | undefined,
  ): Promise<ChatResult> {
    const started = clock.now()
    const pending = send(lane, request, signal, { modelId: base.modelId, runId: base.runId, maxConcurrent: runLimit })
    if (useCache) inFlight.set(key, pending)
    try {
      const reply = await pending
      const latencyMs = clock.now() - started
      const costUsd = costOf(reply.usage, lane.model.prices)
      if (useCache) deps.cache.put(key, reply)
      deps.record({ ...base, cached: false, ...reply.usage, costUsd, latencyMs, ...(reply.reported ? { reported: reply.reported } : {}) })
      return { ...reply, cached: false, ...(useCache ? { cacheKey: key } : {}), costUsd, latencyMs }
    } catch (error) {
      const failure = error as LlmCallError
      if (failure.notSent) throw failure
      deps.record({ ...base, cached: false, inputTokens: 0, outputTokens: 0, costUsd: 0, latencyMs: clock.now() - started, errorClass: failure.errorClass })
      throw failure
    } finally {
      if (inFlight.get(key) === pending) inFlight.delete(key)
    }
  }

  /** Waits for an identical call already under way; undefined if it failed. */
  async function joinInFlight(pending: Promise<ChatReply>, signal: AbortSignal): Promise<ChatReply | undefined> {
    try {
      return await pending
    } catch {
      // The other caller's failure (or cancellation) is not ours: make our own attempt.
      if (signal.aborted) throw new LlmCallError('cancelled')
      return undefined
    }
  }

  return { chat, waiting: (runId, now = clock.now()) => waits.waiting(runId, now) }
}
