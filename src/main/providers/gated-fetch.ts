import { fetch as undiciFetch, ProxyAgent } from 'undici'
import { isLoopbackHost } from '../../shared/providers/base-url'
import type { AttemptGate } from '../core/llm/llm-client'
import { createLeanFetch } from './lean-fetch'

/**
 * The fetch handed to both SDKs. Every HTTP attempt, the SDK's own retries included, first passes
 * the model's gate, so a requests-per-minute limit holds for what actually reaches the provider.
 * A proxy, when set, is used for remote hosts only: a server on this computer is always reached
 * directly.
 */
export function createGatedFetch(gate: AttemptGate, proxy?: string): typeof fetch {
  const agent = proxy ? new ProxyAgent(proxy) : undefined
  const direct = createLeanFetch()
  return async (input, init) => {
    const signal = init?.signal ?? new AbortController().signal
    await gate(signal)
    const url = new URL(input instanceof Request ? input.url : String(input))
    if (agent && !isLoopbackHost(url.hostname)) {
      return undiciFetch(url, { ...(init as object), dispatcher: agent }) as unknown as Response
    }
    return direct(input, init)
  }
}
