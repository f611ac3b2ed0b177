export interface TransportConfig {
  /** Already normalised (see normaliseBaseUrl). */
  readonly baseURL: string
  /** Local servers take no key; the SDKs still require a value, so a placeholder is sent. */
  readonly apiKey: string | undefined
  readonly model: string
  readonly headers: Readonly<Record<string, string>>
  readonly timeoutMs: number
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
