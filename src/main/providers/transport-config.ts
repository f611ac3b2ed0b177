import type { ProviderKind } from '../../shared/providers/presets'

/** Where and how to call one model: the one description every transport is built from. */
export interface TransportTarget {
  readonly kind: ProviderKind
  /** Normalised address actually called (see normaliseBaseUrl). */
  readonly baseURL: string
  readonly model: string
  readonly apiKey: string | undefined
  readonly headers: Readonly<Record<string, string>>
  readonly timeoutMs: number
  readonly proxy?: string
  readonly stream?: boolean
  readonly maxRetries?: number
}

/** A target as the SDK wrappers take it: retries and streaming settled, the gated fetch in place. */
export interface TransportConfig extends Pick<TransportTarget, 'baseURL' | 'apiKey' | 'model' | 'headers' | 'timeoutMs'> {
  /** The SDK's own retry (honours retry-after and retry-after-ms); no second retry on top. */
  readonly maxRetries: number
  readonly fetch: typeof fetch
  readonly stream: boolean
}

export const NO_KEY_PLACEHOLDER = 'no-key-needed'

export const DEFAULT_MAX_RETRIES = 4

/** When a provider does not report usage, about four characters per token (documented estimate). */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4))
}
