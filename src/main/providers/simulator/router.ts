import type { IncomingMessage, ServerResponse } from 'node:http'
import { anthropicFormat } from './anthropic-format'
import { handleChat } from './chat-handler'
import { handleControl } from './control'
import { BodyTooLargeError, header, sendJson } from './http-util'
import { openAiFormat } from './openai-format'
import { PERSONAS } from './personas/catalog'
import type { SimulatorState } from './state'
import type { WireFormat } from './wire'

/**
 * Routes, with or without the `/v1` prefix:
 *   POST /v1/chat/completions   OpenAI
 *   POST /v1/messages           Anthropic
 *   GET  /v1/models[/ID]        OpenAI's shape, or Anthropic's when `x-api-key` or `anthropic-version` is sent
 *   /__sim/...                  control endpoints (control.ts)
 */
export async function handleRequest(state: SimulatorState, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname
  if (path.startsWith('/__sim/')) return handleControl(state, request, response, path)
  const entry = state.log.start(request.method ?? 'GET', path)
  response.once('close', () => {
    entry.endedAtMs = state.log.now()
    entry.completed = response.writableFinished
  })
  const route = path.replace(/^\/v1(?=\/)/, '')
  const format = route === '/messages' || isAnthropicClient(request) ? anthropicFormat : openAiFormat
  try {
    if (request.method === 'POST' && (route === '/chat/completions' || route === '/messages'))
      return await handleChat({ state, format, request, response, entry })
    if (request.method === 'GET' && route.startsWith('/models')) return handleModels(state, format, request, response, route, entry)
    sendError(format, response, entry, { kind: 'not-found', method: request.method ?? 'GET', path })
  } catch (error) {
    if (response.headersSent) return void response.destroy()
    if (error instanceof BodyTooLargeError) return sendError(format, response, entry, { kind: 'too-large' })
    process.stderr.write(`Simulated provider: unexpected error on ${path}: ${(error as Error).stack ?? String(error)}\n`)
    sendError(format, response, entry, { kind: 'server' })
  }
}

function isAnthropicClient(request: IncomingMessage): boolean {
  return header(request, 'x-api-key') !== undefined || header(request, 'anthropic-version') !== undefined
}

function handleModels(
  state: SimulatorState,
  format: WireFormat,
  request: IncomingMessage,
  response: ServerResponse,
  route: string,
  entry: { status: number | null },
): void {
  const key = format.apiKey(request)
  if (!key) return sendError(format, response, entry, { kind: 'missing-key' })
  if (state.acceptedKeys && !state.acceptedKeys.has(key)) return sendError(format, response, entry, { kind: 'bad-key', key })
  const ids = PERSONAS.map((persona) => persona.id)
  entry.status = 200
  if (route === '/models') return sendJson(response, 200, format.modelList(ids))
  // Any id is a model here: unknown ids answer through the generic persona.
  sendJson(response, 200, format.model(decodeURIComponent(route.slice('/models/'.length))))
}

function sendError(format: WireFormat, response: ServerResponse, entry: { status: number | null }, error: Parameters<WireFormat['error']>[0]): void {
  const { status, body } = format.error(error)
  entry.status = status
  sendJson(response, status, body)
}
