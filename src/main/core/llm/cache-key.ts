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

/**
 * JSON with object keys sorted and undefined members left out. Written as loops rather than
 * entries/filter/sort/map chains: it runs on every call's whole prompt, and its output must stay
 * byte for byte what it was, or every stored cache key would change.
 */
export function stableStringify(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (Array.isArray(value)) {
    let out = '['
    for (let i = 0; i < value.length; i++) {
      // JSON.stringify gives undefined for undefined and functions; in an array they were always written as nothing.
      const part = stableStringify(value[i]) as string | undefined
      out += (i === 0 ? '' : ',') + (part ?? '')
    }
    return `${out}]`
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>
    const keys = Object.keys(object).sort(byCodeUnits)
    let out = '{'
    let first = true
    for (const key of keys) {
      const entry = object[key]
      if (entry === undefined) continue
      out += `${first ? '' : ','}${JSON.stringify(key)}:${stableStringify(entry)}`
      first = false
    }
    return `${out}}`
  }
  return JSON.stringify(value)
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
