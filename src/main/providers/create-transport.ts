import type { AttemptGate } from '../core/llm/llm-client'
import type { ChatTransport } from '../core/llm/types'
import { createAnthropicTransport } from './anthropic-transport'
import { createGatedFetch } from './gated-fetch'
import { classifyProviderError } from './error-mapping'
import { createOpenAiTransport } from './openai-transport'
import { readableRepliesOnly } from './readable-reply-fetch'
import { scrubReply, scrubText, secretsOf } from './scrub-key'
import { DEFAULT_MAX_RETRIES, type TransportConfig, type TransportTarget } from './transport-config'

/**
 * Picks the SDK for the provider's wire protocol. Errors leave here already classified and with
 * the key removed from any provider message, since only this layer knows the key.
 */
export function createTransport(target: TransportTarget, gate: AttemptGate): ChatTransport {
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
  const inner = target.kind === 'anthropic' ? createAnthropicTransport(config) : createOpenAiTransport(config)
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
