import type { IncomingMessage, ServerResponse } from 'node:http'
import { DEFAULT_MAX_INPUT_BYTES, routes } from '../../shared/contract'
import type { Router } from '../ipc/router'
import { BodyTooLargeError, readBody, sendEnvelope } from './http-helpers'

/** Room for the `{route, input}` wrapper around the largest input any route accepts. */
const BODY_LIMIT = Math.max(DEFAULT_MAX_INPUT_BYTES, ...Object.values(routes).map((route) => ('maxBytes' in route ? Number(route.maxBytes) : 0))) + 4096

/**
 * `POST /api/request` with `{route, input}`: the HTTP twin of the Electron request channel. The
 * answer is always an envelope; HTTP status only mirrors failures the router never saw.
 */
export async function handleApiRequest(request: IncomingMessage, response: ServerResponse, router: Router, origin: string): Promise<void> {
  if (request.method !== 'POST') {
    sendEnvelope(response, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST for /api/request.' } })
    return
  }
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    sendEnvelope(response, 415, { ok: false, error: { code: 'invalid_input', message: 'Requests must be sent as application/json.' } })
    return
  }
  let body: unknown
  try {
    body = JSON.parse((await readBody(request, BODY_LIMIT)).toString('utf8'))
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendEnvelope(response, 413, { ok: false, error: { code: 'payload_too_large', message: 'The request is too large.' } })
    } else {
      sendEnvelope(response, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } })
    }
    return
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    sendEnvelope(response, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body must be an object {route, input}.' } })
    return
  }
  const { route, input } = body as { route?: unknown; input?: unknown }
  sendEnvelope(response, 200, await router.dispatch(route, input, { url: origin }))
}
