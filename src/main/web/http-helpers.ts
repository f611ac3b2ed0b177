import type { ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'
import { CONTENT_SECURITY_POLICY_HEADER } from '../../shared/csp'
import type { Envelope } from '../../shared/contract'

/** Headers on every response: the renderer's CSP, no sniffing, no framing, no referrer leaks. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
}

export function sendEnvelope(response: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(JSON.stringify(envelope))
}

export function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(text)
}

export { BodyTooLargeError, readBody } from '../core/io/read-body'

export type RefusalStatus = 400 | 401 | 403 | 404

const REASONS: Readonly<Record<RefusalStatus, string>> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }

/**
 * Refuses on a raw socket (an upgrade, a CONNECT, a request the parser rejected): a status line and
 * an empty body, then close. Writes nothing to a socket that is already gone.
 */
export function refuseSocket(socket: Duplex, status: RefusalStatus): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  socket.end(`HTTP/1.1 ${status} ${REASONS[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
}
