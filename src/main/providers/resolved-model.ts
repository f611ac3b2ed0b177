import type { EndpointLimit } from '../core/llm/concurrency-gates'
import type { ResolvedModel } from '../core/llm/llm-client'
import type { Prices } from '../core/llm/types'
import type { ProviderKind } from '../../shared/providers/presets'
import { createTransport } from './create-transport'

/** The simulator's port changes at every start; its answers do not, so it caches under a fixed name. */
export const SIMULATOR_CACHE_ORIGIN = 'simulator:offline-demo'

export interface ModelTarget {
  readonly kind: ProviderKind
  /** Normalised address actually called. */
  readonly baseURL: string
  readonly model: string
  readonly apiKey: string | undefined
  readonly headers: Readonly<Record<string, string>>
  readonly timeoutMs: number
  readonly proxy?: string
  readonly simulated: boolean
}

/** What the call layer needs for one model, whether saved in the app or described in a spec. */
export function buildResolvedModel(target: ModelTarget, prices: Prices, limits: { maxConcurrent: number; rpm?: number; endpoint?: EndpointLimit }, fingerprint: string): ResolvedModel {
  const identity = { kind: target.kind, baseURL: target.simulated ? SIMULATOR_CACHE_ORIGIN : target.baseURL, model: target.model }
  return {
    identity,
    prices,
    maxConcurrent: limits.maxConcurrent,
    ...(limits.rpm ? { rpm: limits.rpm } : {}),
    ...(limits.endpoint ? { endpoint: limits.endpoint } : {}),
    fingerprint,
    createTransport: (gate) =>
      createTransport(
        { kind: target.kind, baseURL: target.baseURL, model: target.model, apiKey: target.apiKey, headers: target.headers, timeoutMs: target.timeoutMs, ...(target.proxy ? { proxy: target.proxy } : {}) },
        gate,
      ),
  }
}
