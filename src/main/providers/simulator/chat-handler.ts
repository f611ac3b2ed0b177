import type { IncomingMessage, ServerResponse } from 'node:http'
import { DEFAULT_RETRY_AFTER_MS, drawFault, parseFaultHeader, type FaultKind } from './faults'
import { header, readBodyText, sendJson, SIMULATED_HEADER, waitWhileConnected } from './http-util'
import { resolvePersona, type PersonaSpec } from './personas/catalog'
import { personaReply, roleOf } from './personas/reply'
import { hashParts, rngFor } from './random'
import type { RequestLogEntry } from './request-log'
import { writeSse } from './sse'
import type { SimulatorState } from './state'
import { limitTokens, promptTokens } from './tokens'
import type { ChatRequest } from './types'
import type { ApiError, Completion, WireFormat } from './wire'

interface Exchange {
  readonly state: SimulatorState
  readonly format: WireFormat
  readonly request: IncomingMessage
  readonly response: ServerResponse
  readonly entry: RequestLogEntry
}

/** A chat request (OpenAI chat completions or Anthropic messages), from body to reply. */
export async function handleChat(exchange: Exchange): Promise<void> {
  const { state, format, request, entry } = exchange
  const body = await readBodyText(request, state.bodyLimitBytes)
  const requestHash = hashParts(entry.path, body)
  entry.attempt = (state.attempts.get(requestHash) ?? 0) + 1
  state.attempts.set(requestHash, entry.attempt)
  // Latency comes first and applies to errors too, as with a real provider's round trip.
  const jitter = rngFor('latency', state.settings.seed, requestHash, entry.attempt).next() * state.jitterMs
  entry.delayMs = state.latencyMs + jitter
  if (!(await waitWhileConnected(entry.delayMs, exchange.response))) return
  const parsed = parseRequest(exchange, body)
  if ('kind' in parsed) return sendError(exchange, parsed)
  const spec = resolvePersona(parsed.model)
  entry.model = parsed.model
  entry.persona = spec.kind
  entry.stream = parsed.stream
  entry.role = spec.kind === 'judge' || spec.kind === 'helper' ? (roleOf(parsed) ?? null) : null
  const chosen = chooseFault(exchange, spec, requestHash)
  if (typeof chosen === 'string') return sendError(exchange, { kind: 'invalid', message: chosen })
  const fault = chosen?.fault
  entry.fault = fault ?? null
  if (fault === 'timeout') return // Never answered: the client's timeout or the simulator's close ends it.
  if (fault === '401') return sendError(exchange, { kind: 'bad-key', key: format.apiKey(request) ?? '' })
  if (fault === '429') return sendRateLimit(exchange, chosen?.retryAfterMs)
  if (fault === '500') return sendError(exchange, { kind: 'server' })
  await sendCompletion(exchange, parsed, spec, fault)
}

function parseRequest({ state, format, request }: Exchange, body: string): ChatRequest | ApiError {
  const key = format.apiKey(request)
  if (!key) return { kind: 'missing-key' }
  if (state.acceptedKeys && !state.acceptedKeys.has(key)) return { kind: 'bad-key', key }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return { kind: 'bad-json' }
  }
  return format.parse(json)
}

interface ChosenFault {
  readonly fault: FaultKind
  readonly retryAfterMs: number | undefined
}

/** The header's fault if present (and within its `times`), else a rate-based draw; a string is a bad header. */
function chooseFault({ state, request, entry }: Exchange, spec: PersonaSpec, requestHash: string): ChosenFault | string | undefined {
  const applies = (kind: FaultKind) => {
    if (kind === 'malformed-judge') return spec.kind === 'judge'
    if (kind === 'unparseable-judge') return spec.kind === 'judge' || spec.kind === 'helper'
    return true
  }
  const value = header(request, 'x-sim-fault')
  if (value === undefined) {
    const drawn = drawFault(state.faults, { seed: state.settings.seed, requestHash, attempt: entry.attempt, applies })
    return drawn && { fault: drawn, retryAfterMs: undefined }
  }
  const parsed = parseFaultHeader(value)
  if (typeof parsed === 'string') return parsed
  if ((parsed.times !== undefined && entry.attempt > parsed.times) || !applies(parsed.kind)) return undefined
  return { fault: parsed.kind, retryAfterMs: parsed.retryAfterMs }
}

function sendRateLimit(exchange: Exchange, override: number | undefined): void {
  const ms = override ?? exchange.state.faults?.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS
  sendError(exchange, { kind: 'rate-limit' }, { 'retry-after': String(Math.ceil(ms / 1000)), 'retry-after-ms': String(ms) })
}

function sendError({ format, response, entry }: Exchange, error: ApiError, headers: Record<string, string> = {}): void {
  const { status, body } = format.error(error)
  entry.status = status
  sendJson(response, status, body, { [format.requestIdHeader]: `req_sim_${entry.id}`, ...headers })
}

async function sendCompletion(exchange: Exchange, request: ChatRequest, spec: PersonaSpec, fault: FaultKind | undefined): Promise<void> {
  const { state, format, response, entry } = exchange
  const judgeFault = fault === 'malformed-judge' ? 'malformed' : fault === 'unparseable-judge' ? 'unparseable' : undefined
  // A repeated request samples anew (temperature > 0); a faulted attempt does not use up its samples.
  const first = state.sampleCounts.firstSample(request)
  if (fault === undefined) state.sampleCounts.recordSuccess(request)
  const choices = Array.from({ length: request.samples }, (_, choice) =>
    limitTokens(personaReply(spec, request, first + choice, state.settings, judgeFault), request.maxTokens),
  )
  const answered = ++state.responses
  const updated = state.versionChangeAfter !== undefined && answered > state.versionChangeAfter
  const reported = updated ? { model: `${request.model}-2026-12-01`, fingerprint: 'fp_simulated_2' } : { model: request.model, fingerprint: 'fp_simulated' }
  const completion: Completion = {
    id: `${format.idPrefix}sim${answered}`,
    created: Math.floor(Date.now() / 1000),
    request,
    choices,
    promptTokens: promptTokens(request),
    reported,
  }
  const ending = fault === 'truncated-stream' ? 'truncated' : fault === 'dropped-connection' ? 'dropped' : 'complete'
  const headers = { [format.requestIdHeader]: `req_sim_${entry.id}` }
  entry.status = 200
  if (request.stream) return writeSse(response, format.streamEvents(completion), { headers, delayMs: state.chunkDelayMs, ending })
  if (ending === 'complete') return sendJson(response, 200, format.completionBody(completion), headers)
  // A plain answer cut in half: the client gets invalid JSON (truncated) or a reset (dropped).
  const text = JSON.stringify(format.completionBody(completion))
  response.writeHead(200, { ...SIMULATED_HEADER, 'content-type': 'application/json', ...headers })
  response.write(text.slice(0, Math.floor(text.length / 2)))
  if (ending === 'truncated') response.end()
  else await waitWhileConnected(20, response).then(() => response.destroy())
}
