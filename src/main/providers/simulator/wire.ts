import type { IncomingMessage } from 'node:http'
import type { ChatRequest, Provider } from './types'

/** What differs between the OpenAI and Anthropic APIs, behind one interface. */

export type ApiError =
  | { readonly kind: 'missing-key' }
  | { readonly kind: 'bad-key'; readonly key: string }
  | { readonly kind: 'bad-json' }
  | { readonly kind: 'invalid'; readonly message: string; readonly param?: string; readonly code?: string }
  | { readonly kind: 'too-large' }
  | { readonly kind: 'not-found'; readonly method: string; readonly path: string }
  | { readonly kind: 'rate-limit' }
  | { readonly kind: 'server' }

export type InvalidRequest = Extract<ApiError, { kind: 'invalid' }>

export interface Completion {
  readonly id: string
  /** Unix seconds. */
  readonly created: number
  readonly request: ChatRequest
  /** One per sample; `cut` when `max_tokens` stopped it. */
  readonly choices: readonly { readonly text: string; readonly cut: boolean }[]
  readonly promptTokens: number
  /** The model version the reply reports (model field, and fingerprint for OpenAI's format). */
  readonly reported: { readonly model: string; readonly fingerprint: string }
}

export interface SseEvent {
  readonly event?: string
  readonly data: string
}

export interface WireFormat {
  readonly provider: Provider
  /** The header carrying the request id (`x-request-id`, `request-id`). */
  readonly requestIdHeader: string
  /** Prefix of completion ids (`chatcmpl-`, `msg_`). */
  readonly idPrefix: string
  apiKey(request: IncomingMessage): string | undefined
  parse(body: unknown): ChatRequest | InvalidRequest
  error(error: ApiError): { status: number; body: unknown }
  completionBody(completion: Completion): unknown
  /** Every event of a complete stream, in order; a truncated stream sends a prefix. */
  streamEvents(completion: Completion): SseEvent[]
  modelList(ids: readonly string[]): unknown
  model(id: string): unknown
}

/** Text of a message's content: a string, or the `text` of its text parts (others ignored). */
export function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content
  if (content === null) return ''
  if (!Array.isArray(content)) return undefined
  return content
    .map((part: unknown) => (typeof part === 'object' && part !== null && 'text' in part && typeof part.text === 'string' ? part.text : ''))
    .join('')
}

/** Reply text split into small pieces for streaming (a few words each, spaces kept). */
export function streamPieces(text: string): string[] {
  return text.match(/\S+\s*\S*\s*|\s+/g) ?? []
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A number in [min, max] or undefined if absent; a string names the problem. */
export function optionalNumber(body: Record<string, unknown>, name: string, min: number, max: number): number | undefined | string {
  const value = body[name]
  if (value === undefined || value === null) return undefined
  if (typeof value !== 'number' || Number.isNaN(value)) return `Invalid type for '${name}': expected a number, but got ${typeof value} instead.`
  if (value < min || value > max) return `Invalid '${name}': expected a value from ${min} to ${max}, but got ${value} instead.`
  return value
}
