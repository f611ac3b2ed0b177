import type { EndpointLimit } from '../core/llm/concurrency-gates'
import type { ResolvedModel } from '../core/llm/llm-client'
import type { Prices } from '../core/llm/types'
import { createTransport } from './create-transport'
import type { TransportTarget } from './transport-config'

/** The simulator's port changes at every start; its answers do not, so it caches under a fixed name. */
export const SIMULATOR_CACHE_ORIGIN = 'simulator:offline-demo'

/** A model as the app calls it: where and how (one description, create-transport.ts), and whether it is the Offline demo. */
export interface ModelTarget extends TransportTarget {
  readonly simulated: boolean
}

/** What the call layer needs for one model, whether saved in the app or described in a spec. */
export function buildResolvedModel(
  target: ModelTarget,
  prices: Prices,
  limits: { maxConcurrent: number; rpm?: number; endpoint?: EndpointLimit },
  fingerprint: string,
): ResolvedModel {
  const identity = { kind: target.kind, baseURL: target.simulated ? SIMULATOR_CACHE_ORIGIN : target.baseURL, model: target.model }
  return {
    identity,
    prices,
    maxConcurrent: limits.maxConcurrent,
    ...(limits.rpm ? { rpm: limits.rpm } : {}),
    ...(limits.endpoint ? { endpoint: limits.endpoint } : {}),
    fingerprint,
    createTransport: (gate) => createTransport(target, gate),
  }
}
