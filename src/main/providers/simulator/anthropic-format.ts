import type { IncomingMessage } from 'node:http'
import { readChatBody, type ChatBodyRefusals } from './chat-body'
import { countTokens } from './tokens'
import { contentText, optionalNumber, streamPieces, type ApiError, type Completion, type InvalidRequest, type SseEvent, type WireFormat } from './wire'

/** Anthropic Messages: request parsing, bodies, the stream's event sequence and error shapes. */

function invalid(message: string): InvalidRequest {
  return { kind: 'invalid', message }
}

const REFUSALS: ChatBodyRefusals = {
  notObject: invalid('The request body is not a JSON object.'),
  noModel: invalid('model: Field required'),
  noMessages: invalid('messages: Field required'),
  messagesNotList: invalid('messages: Input should be a valid list'),
  noMessage: invalid('messages: at least one message is required'),
  badRole: (index) => invalid(`messages.${index}.role: Input should be 'user' or 'assistant'`),
  badContent: (index) => invalid(`messages.${index}.content: Input should be a valid string or a list of content blocks`),
}

function parse(raw: unknown): ReturnType<WireFormat['parse']> {
  const read = readChatBody(raw, ['user', 'assistant'] as const, REFUSALS)
  if ('kind' in read) return read
  const { body } = read
  if (body.max_tokens === undefined) return invalid('max_tokens: Field required')
  const maxTokens = optionalNumber(body, 'max_tokens', 1, 1e9)
  const temperature = optionalNumber(body, 'temperature', 0, 1)
  if (typeof maxTokens === 'string') return invalid(`max_tokens: ${maxTokens}`)
  if (typeof temperature === 'string') return invalid(`temperature: ${temperature}`)
  const system = body.system === undefined ? '' : contentText(body.system)
  if (system === undefined) return invalid('system: Input should be a valid string or a list of text blocks')
  return {
    model: read.model,
    system,
    messages: read.turns.map(({ role, text }) => ({ role, content: text })),
    temperature: temperature ?? 0,
    stream: body.stream === true,
    maxTokens,
    samples: 1,
    requestSeed: undefined,
    includeUsage: false,
  }
}

function errorBody(type: string, message: string) {
  return { type: 'error', error: { type, message } }
}

function error(failure: ApiError): { status: number; body: unknown } {
  switch (failure.kind) {
    case 'missing-key':
      return { status: 401, body: errorBody('authentication_error', 'x-api-key header is required (Distillscope simulator)') }
    case 'bad-key':
      return { status: 401, body: errorBody('authentication_error', 'invalid x-api-key (Distillscope simulator)') }
    case 'bad-json':
      return { status: 400, body: errorBody('invalid_request_error', 'The request body is not valid JSON.') }
    case 'invalid':
      return { status: 400, body: errorBody('invalid_request_error', failure.message) }
    case 'too-large':
      return { status: 413, body: errorBody('request_too_large', 'Request exceeds the maximum allowed number of bytes.') }
    case 'not-found':
      return { status: 404, body: errorBody('not_found_error', `Not found: ${failure.method} ${failure.path}`) }
    case 'rate-limit':
      return { status: 429, body: errorBody('rate_limit_error', 'This request would exceed your rate limit (simulated).') }
    case 'server':
      return { status: 500, body: errorBody('api_error', 'Internal server error (simulated)') }
  }
}

function message(completion: Completion, content: unknown[], stopReason: string | null, outputTokens: number) {
  return {
    id: completion.id,
    type: 'message',
    role: 'assistant',
    model: completion.reported.model,
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: { input_tokens: completion.promptTokens, output_tokens: outputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
  }
}

function only(completion: Completion) {
  const choice = completion.choices[0] ?? { text: '', cut: false }
  return { text: choice.text, stopReason: choice.cut ? 'max_tokens' : 'end_turn' }
}

function completionBody(completion: Completion): unknown {
  const { text, stopReason } = only(completion)
  return message(completion, [{ type: 'text', text }], stopReason, countTokens(text))
}

function streamEvents(completion: Completion): SseEvent[] {
  const { text, stopReason } = only(completion)
  const event = (type: string, data: Record<string, unknown>): SseEvent => ({ event: type, data: JSON.stringify({ type, ...data }) })
  return [
    event('message_start', { message: message(completion, [], null, 1) }),
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    event('ping', {}),
    ...streamPieces(text).map((piece) => event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } })),
    event('content_block_stop', { index: 0 }),
    event('message_delta', { delta: { stop_reason: stopReason, stop_sequence: null }, usage: { output_tokens: countTokens(text) } }),
    event('message_stop', {}),
  ]
}

export const anthropicFormat: WireFormat = {
  provider: 'anthropic',
  requestIdHeader: 'request-id',
  idPrefix: 'msg_',
  apiKey: (request: IncomingMessage) => {
    const key = request.headers['x-api-key']
    const value = Array.isArray(key) ? key[0] : key
    return value?.trim() || /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim()
  },
  parse,
  error,
  completionBody,
  streamEvents,
  modelList: (ids) => ({ data: ids.map(model), has_more: false, first_id: ids[0] ?? null, last_id: ids.at(-1) ?? null }),
  model,
}

function model(id: string) {
  return { type: 'model', id, display_name: `${id} (simulated)`, created_at: '2025-01-01T00:00:00Z' }
}
