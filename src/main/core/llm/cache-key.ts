import { createHash } from 'node:crypto'
import type { ChatRequest, EndpointIdentity } from './types'

/**
 * The response cache's key: everything that can change a provider's answer. Objects are written
 * with sorted keys so the same request always hashes the same, whatever order fields were set in.
 */
export function cacheKeyFor(endpoint: EndpointIdentity, request: ChatRequest): string {
  const material = {
    v: 1,
    kind: endpoint.kind,
    baseURL: endpoint.baseURL,
    model: endpoint.model,
    messages: request.messages.map((message) => [message.role, message.content]),
    params: request.params,
    sampleIndex: request.sampleIndex ?? 0,
  }
  return createHash('sha256').update(stableStringify(material)).digest('hex')
}

export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${stableStringify(entry)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
