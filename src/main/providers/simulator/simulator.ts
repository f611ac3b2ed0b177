import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { applyFaults, resetState } from './control'
import type { FaultConfig } from './faults'
import type { RequestLogEntry } from './request-log'
import { handleRequest } from './router'
import { createState, type SimulatorState } from './state'
import { DEFAULT_IDENTITY, type TargetIdentity } from './types'

export interface SimulatorOptions {
  /** 0 (the default) picks a free port. The simulator always listens on 127.0.0.1. */
  readonly port?: number
  /** Seed of every random choice (replies, faults, jitter); default 0. */
  readonly seed?: number
  /** Delay before each answer, ms (default 0). */
  readonly latencyMs?: number
  /** Up to this much more, drawn per request from the seed (default 0). */
  readonly jitterMs?: number
  /** Pause between streamed events, ms (default 0). */
  readonly streamChunkDelayMs?: number
  /** Keys accepted; by default any non-empty key. */
  readonly acceptedKeys?: readonly string[]
  readonly faults?: FaultConfig
  /** A target's true identity, by model id (e.g. 'sim-target-leaky'). */
  readonly identities?: Readonly<Record<string, TargetIdentity>>
  /** Every other target's identity (default Simulated Model by Distillscope Labs). */
  readonly defaultIdentity?: TargetIdentity
  /**
   * After this many answers, every reply reports another model version (the model id with
   * "-2026-12-01" added, fingerprint fp_simulated_2), as a provider updating a model mid-run would.
   */
  readonly versionChangeAfter?: number
  /** How often the helper's rewrite drops `[INSERT PROMPT HERE]` (default 0.05). */
  readonly placeholderDropRate?: number
  /** Request bodies larger than this are refused with 413 (default 4 MB). */
  readonly bodyLimitBytes?: number
}

export interface Simulator {
  /** http://127.0.0.1:PORT: the Anthropic SDK's baseURL; add /v1 for the OpenAI SDK. */
  readonly url: string
  readonly port: number
  /** A snapshot of the request log, oldest first. */
  readonly requestLog: readonly RequestLogEntry[]
  /** Replaces the rate-based faults; null or {} turns them off. Throws on an invalid configuration. */
  setFaults(config: FaultConfig | null): void
  /** Clears the log, the attempt counts, the sample counts (repeated requests start again from their first sample) and the faults. */
  reset(): void
  /** Stops listening and ends every open request (timeouts included). */
  close(): Promise<void>
}

/** Starts the simulated provider (the "Offline demo"): OpenAI- and Anthropic-compatible, on loopback. */
export async function createSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const state = stateFrom(options)
  const server = createServer((request, response) => void handleRequest(state, request, response))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    get requestLog() {
      return state.log.snapshot()
    },
    setFaults: (config) => {
      const result = applyFaults(state, config)
      if (typeof result === 'string') throw new Error(`Invalid simulator faults: ${result}`)
    },
    reset: () => resetState(state),
    close: () => closeServer(server),
  }
}

function stateFrom(options: SimulatorOptions): SimulatorState {
  const state = createState({
    settings: {
      seed: options.seed ?? 0,
      identities: options.identities ?? {},
      defaultIdentity: options.defaultIdentity ?? DEFAULT_IDENTITY,
      placeholderDropRate: options.placeholderDropRate ?? 0.05,
    },
    acceptedKeys: options.acceptedKeys ? new Set(options.acceptedKeys) : undefined,
    latencyMs: options.latencyMs ?? 0,
    jitterMs: options.jitterMs ?? 0,
    chunkDelayMs: options.streamChunkDelayMs ?? 0,
    bodyLimitBytes: options.bodyLimitBytes ?? 4 * 1024 * 1024,
    versionChangeAfter: options.versionChangeAfter,
    faults: undefined,
  })
  const result = applyFaults(state, options.faults ?? null)
  if (typeof result === 'string') throw new Error(`Invalid simulator faults: ${result}`)
  return state
}

async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return
  const closed = new Promise<void>((resolve) => server.close(() => resolve()))
  // Held requests (timeout faults, slow streams) would keep close() waiting forever.
  server.closeAllConnections()
  await closed
}
