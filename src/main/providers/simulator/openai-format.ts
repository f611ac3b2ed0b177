import type { IncomingMessage } from 'node:http'
import { countTokens } from './tokens'
import type { ChatMessage } from './types'
import { readChatBody, type ChatBodyRefusals } from './chat-body'
import { isRecord, optionalNumber, streamPieces, type ApiError, type Completion, type InvalidRequest, type SseEvent, type WireFormat } from './wire'

/** OpenAI Chat Completions: request parsing, bodies, stream chunks and error shapes. */

const ROLES = ['system', 'developer', 'user', 'assistant', 'tool', 'function'] as const

function invalid(message: string, param: string | null, code: string | null): InvalidRequest {
  return { kind: 'invalid', message, ...(param ? { param } : {}), ...(code ? { code } : {}) }
}

const REFUSALS: ChatBodyRefusals = {
  notObject: invalid('We could not parse the JSON body of your request. The OpenAI API expects a JSON object.', null, null),
  noModel: invalid('you must provide a model parameter', null, null),
  noMessages: invalid("Missing required parameter: 'messages'.", 'messages', 'missing_required_parameter'),
  messagesNotList: invalid("Invalid type for 'messages': expected an array of objects.", 'messages', 'invalid_type'),
  noMessage: invalid("Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.", 'messages', 'empty_array'),
  badRole: (index, role) =>
    invalid(
      `Invalid value: '${String(role)}'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.`,
      `messages[${index}].role`,
      'invalid_value',
    ),
  badContent: (index) =>
    invalid(`Invalid type for 'messages[${index}].content': expected a string or an array of content parts.`, `messages[${index}].content`, 'invalid_type'),
}

function parse(raw: unknown): ReturnType<WireFormat['parse']> {
  const read = readChatBody(raw, ROLES, REFUSALS)
  if ('kind' in read) return read
  const { body, turns } = read
  // System and developer turns become the system text; tool and function results count as the user's.
  const system = turns.filter((turn) => turn.role === 'system' || turn.role === 'developer').map((turn) => turn.text)
  const messages: ChatMessage[] = turns
    .filter((turn) => turn.role !== 'system' && turn.role !== 'developer')
    .map((turn) => ({ role: turn.role === 'assistant' ? 'assistant' : 'user', content: turn.text }))
  const temperature = optionalNumber(body, 'temperature', 0, 2)
  const n = optionalNumber(body, 'n', 1, 128)
  const maxTokens = optionalNumber(body, 'max_completion_tokens', 1, 1e9) ?? optionalNumber(body, 'max_tokens', 1, 1e9)
  const seed = optionalNumber(body, 'seed', Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)
  for (const [name, value] of [
    ['temperature', temperature],
    ['n', n],
    ['max_tokens', maxTokens],
    ['seed', seed],
  ] as const) {
    if (typeof value === 'string') return invalid(value, name, 'invalid_value')
  }
  const streamOptions = isRecord(body.stream_options) ? body.stream_options : {}
  return {
    model: read.model,
    system: system.join('\n\n'),
    messages,
    temperature: (temperature as number | undefined) ?? 0,
    stream: body.stream === true,
    maxTokens: maxTokens as number | undefined,
    samples: Math.floor((n as number | undefined) ?? 1),
    requestSeed: seed as number | undefined,
    includeUsage: streamOptions.include_usage === true,
  }
}

function errorBody(message: string, type: string, param: string | null, code: string | null) {
  return { error: { message, type, param, code } }
}

function error(failure: ApiError): { status: number; body: unknown } {
  switch (failure.kind) {
    case 'missing-key':
      return {
        status: 401,
        body: errorBody(
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY). (Distillscope simulator)",
          'invalid_request_error',
          null,
          null,
        ),
      }
    case 'bad-key':
      return {
        status: 401,
        body: errorBody(`Incorrect API key provided: ${maskKey(failure.key)}. (Distillscope simulator)`, 'invalid_request_error', null, 'invalid_api_key'),
      }
    case 'bad-json':
      return {
        status: 400,
        body: errorBody(
          'We could not parse the JSON body of your request. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.',
          'invalid_request_error',
          null,
          null,
        ),
      }
    case 'invalid':
      return { status: 400, body: errorBody(failure.message, 'invalid_request_error', failure.param ?? null, failure.code ?? null) }
    case 'too-large':
      return { status: 413, body: errorBody('The request body is too large for the simulator.', 'invalid_request_error', null, null) }
    case 'not-found':
      return { status: 404, body: errorBody(`Invalid URL (${failure.method} ${failure.path})`, 'invalid_request_error', null, null) }
    case 'rate-limit':
      return {
        status: 429,
        body: errorBody('Rate limit reached for requests (simulated). Please try again later.', 'requests', 'requests', 'rate_limit_exceeded'),
      }
    case 'server':
      return {
        status: 500,
        body: errorBody('The server had an error while processing your request. Sorry about that! (simulated)', 'server_error', null, null),
      }
  }
}

/** Like the real API's message: the first and last characters only. */
function maskKey(key: string): string {
  return key.length <= 8 ? '***' : `${key.slice(0, 3)}***${key.slice(-4)}`
}

function usage(completion: Completion) {
  const completionTokens = completion.choices.reduce((sum, choice) => sum + countTokens(choice.text), 0)
  return {
    prompt_tokens: completion.promptTokens,
    completion_tokens: completionTokens,
    total_tokens: completion.promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0 },
    completion_tokens_details: { reasoning_tokens: 0 },
  }
}

const commonFields = (completion: Completion, object: string) => ({
  id: completion.id,
  object,
  created: completion.created,
  model: completion.reported.model,
  system_fingerprint: completion.reported.fingerprint,
})

function completionBody(completion: Completion): unknown {
  return {
    ...commonFields(completion, 'chat.completion'),
    choices: completion.choices.map((choice, index) => ({
      index,
      message: { role: 'assistant', content: choice.text, refusal: null, annotations: [] },
      logprobs: null,
      finish_reason: choice.cut ? 'length' : 'stop',
    })),
    usage: usage(completion),
  }
}

function streamEvents(completion: Completion): SseEvent[] {
  const withUsage = completion.request.includeUsage
  const chunk = (index: number, delta: unknown, finish: string | null) => ({
    data: JSON.stringify({
      ...commonFields(completion, 'chat.completion.chunk'),
      choices: [{ index, delta, logprobs: null, finish_reason: finish }],
      ...(withUsage ? { usage: null } : {}),
    }),
  })
  const events: SseEvent[] = []
  completion.choices.forEach((choice, index) => {
    events.push(chunk(index, { role: 'assistant', content: '', refusal: null }, null))
    for (const piece of streamPieces(choice.text)) events.push(chunk(index, { content: piece }, null))
    events.push(chunk(index, {}, choice.cut ? 'length' : 'stop'))
  })
  if (withUsage) events.push({ data: JSON.stringify({ ...commonFields(completion, 'chat.completion.chunk'), choices: [], usage: usage(completion) }) })
  events.push({ data: '[DONE]' })
  return events
}

export const openAiFormat: WireFormat = {
  provider: 'openai',
  requestIdHeader: 'x-request-id',
  idPrefix: 'chatcmpl-',
  apiKey: (request: IncomingMessage) => /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim(),
  parse,
  error,
  completionBody,
  streamEvents,
  modelList: (ids) => ({ object: 'list', data: ids.map(model) }),
  model,
}

function model(id: string) {
  return { id, object: 'model', created: 1735689600, owned_by: 'distillscope-simulator' }
}
