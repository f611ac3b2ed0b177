import type { AttemptGate } from '../core/llm/llm-client'
import type { ChatTransport } from '../core/llm/types'
import { createAnthropicTransport } from './anthropic-transport'
import { ProxyAgent } from 'undici'
import { isLoopbackHost } from '../../shared/providers/base-url'
import { createGatedFetch } from './gated-fetch'
import { createDirectChat } from './openai-direct'
import { classifyProviderError } from './error-mapping'
import { createOpenAiTransport } from './openai-transport'
import { readableRepliesOnly } from './readable-reply-fetch'
import { scrubReply, scrubText, secretsOf } from './scrub-key'
import { DEFAULT_MAX_RETRIES, NO_KEY_PLACEHOLDER, type TransportConfig, type TransportTarget } from './transport-config'

export interface TransportOptions {
  /** Every plain call through the SDK: the reference the direct path is held to in its parity tests. */
  readonly plainCallsThroughSdk?: boolean
}

/**
 * Picks the SDK for the provider's wire protocol. Errors leave here already classified and with
 * the key removed from any provider message, since only this layer knows the key.
 */
export function createTransport(target: TransportTarget, gate: AttemptGate, options: TransportOptions = {}): ChatTransport {
  const config: TransportConfig = {
    baseURL: target.baseURL,
    apiKey: target.apiKey,
    model: target.model,
    headers: target.headers,
    timeoutMs: target.timeoutMs,
    maxRetries: target.maxRetries ?? DEFAULT_MAX_RETRIES,
    fetch: readableRepliesOnly(createGatedFetch(gate, target.proxy)),
    stream: target.stream ?? false,
  }
  const inner =
    target.kind === 'anthropic'
      ? createAnthropicTransport(config)
      : createOpenAiTransport(config, config.stream || options.plainCallsThroughSdk ? undefined : directChatFor(target, gate))
  const secrets = secretsOf(target.apiKey, target.headers)
  // Answers are scrubbed of the key here, the one place that knows it, before any caller sees them.
  return {
    send: (request, signal) =>
      inner.send(request, signal).then(
        (reply) => scrubReply(reply, secrets),
        (error: unknown) => Promise.reject(classifyProviderError(error, signal, secrets)),
      ),
    listModels: (signal) =>
      inner.listModels(signal).then(
        (ids) => ids.map((id) => scrubText(id, secrets)),
        (error: unknown) => Promise.reject(classifyProviderError(error, signal, secrets)),
      ),
  }
}

/** Plain OpenAI-compatible calls skip the SDK's per-call work (openai-direct.ts); a proxy applies to remote hosts only, as in gated-fetch. */
function directChatFor(target: TransportTarget, gate: AttemptGate) {
  const proxied = target.proxy !== undefined && !isLoopbackHost(new URL(target.baseURL).hostname)
  return createDirectChat({
    baseURL: target.baseURL,
    apiKey: target.apiKey ?? NO_KEY_PLACEHOLDER,
    headers: target.headers,
    timeoutMs: target.timeoutMs,
    maxRetries: target.maxRetries ?? DEFAULT_MAX_RETRIES,
    gate,
    ...(proxied ? { dispatcher: new ProxyAgent(target.proxy as string) } : {}),
  })
}
