import type { ProviderKind } from '../../../shared/providers/presets'

export interface ChatMessage {
  readonly role: 'user' | 'assistant'
  readonly content: string
}

export interface ChatParams {
  readonly temperature: number
  readonly maxTokens?: number
  readonly topP?: number
  readonly systemPrompt?: string
}

export interface ChatRequest {
  readonly messages: readonly ChatMessage[]
  readonly params: ChatParams
  /**
   * Which sample of an otherwise identical request this is. Part of the cache key, so asking for a
   * second sample (e.g. RSE's measured self-similarity) makes a new call instead of a cache hit.
   */
  readonly sampleIndex?: number
}

export interface TokenUsage {
  readonly inputTokens: number
  readonly outputTokens: number
}

/** What a provider answered, before the client adds cost and bookkeeping. */
export interface ChatReply {
  readonly text: string
  /** Normalised: 'stop', 'length', 'content_filter', or the provider's own value. */
  readonly finishReason: string | null
  readonly usage: TokenUsage
  /** The answer contained the key it was sent with, which was replaced (see providers/scrub-key.ts). */
  readonly keyRedacted?: boolean
  /** The model version the provider says answered (issue 15 item 5); kept with a cached reply. */
  readonly reported?: ReportedVersion
}

export interface ReportedVersion {
  /** The reply's model field, e.g. gpt-4o-2024-08-06. */
  readonly model?: string
  /** OpenAI's system_fingerprint: changes when the serving configuration does. */
  readonly fingerprint?: string
}

export interface ChatResult extends ChatReply {
  readonly cached: boolean
  /** The response cache's key for this reply, when it is kept there: a record may point to it instead of copying the text. */
  readonly cacheKey?: string
  readonly costUsd: number
  readonly latencyMs: number
}

/** One model at one endpoint, able to send a chat request. Adapters over the SDKs implement it. */
export interface ChatTransport {
  send(request: ChatRequest, signal: AbortSignal): Promise<ChatReply>
  listModels(signal: AbortSignal): Promise<string[]>
}

/** Identifies where a request goes, for the cache: the same request elsewhere is a different call. */
export interface EndpointIdentity {
  readonly kind: ProviderKind
  readonly baseURL: string
  readonly model: string
}

export interface Prices {
  readonly inputPerMTok: number
  readonly outputPerMTok: number
}
