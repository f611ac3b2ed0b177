import type { EndpointLimit } from '../core/llm/concurrency-gates'

/**
 * Which server a base URL calls: its scheme, host and port. Models on one local server share it
 * whatever path their base URL adds (`/v1`), and so share the server's cap.
 */
export function endpointKey(baseURL: string): string {
  try {
    return new URL(baseURL.trim()).origin.toLowerCase()
  } catch {
    return baseURL.trim().toLowerCase()
  }
}

export interface EndpointCaps {
  /** Caps the user set: the model's or provider's own, and the run spec's `endpoints`. */
  readonly set: readonly (number | undefined)[]
  readonly endpoints?: Readonly<Record<string, { readonly maxConcurrent: number }>>
  /** The preset's default for a local server, used only when the user set none. */
  readonly presetDefault?: number
}

/**
 * The cap on requests in flight to a model's server: the lowest cap the user set for it (its own
 * model's or provider's, a run spec's `endpoints` entry for that address), else the local-server
 * preset's default, else none. A cap the user set may be above the preset's default.
 */
export function endpointLimitFor(baseURL: string, caps: EndpointCaps): EndpointLimit | undefined {
  const key = endpointKey(baseURL)
  const named = Object.entries(caps.endpoints ?? {})
    .filter(([address]) => endpointKey(address) === key)
    .map(([, limit]) => limit.maxConcurrent)
  const set = [...caps.set, ...named].filter((cap): cap is number => cap !== undefined)
  const maxConcurrent = set.length > 0 ? Math.min(...set) : caps.presetDefault
  return maxConcurrent === undefined ? undefined : { key, maxConcurrent }
}
