import type { IncomingMessage, ServerResponse } from 'node:http'
import { readBody } from '../../core/io/read-body'

/** On every simulator response, so nobody mistakes it for a real provider. */
export const SIMULATED_HEADER = { 'x-distillscope-simulated': 'true' } as const

export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { ...SIMULATED_HEADER, 'content-type': 'application/json', 'cache-control': 'no-store', ...headers })
  response.end(JSON.stringify(body))
}

export { BodyTooLargeError } from '../../core/io/read-body'

/** The request body as text (see core/io/read-body.ts for the limit). */
export async function readBodyText(request: IncomingMessage, limit: number): Promise<string> {
  return (await readBody(request, limit)).toString('utf8')
}

/**
 * Waits `ms`, or less if the client goes away: resolves true if the response can still be
 * written. The timer is cleared when the connection closes (client abort, simulator close), so
 * no timer outlives its request.
 */
export function waitWhileConnected(ms: number, response: ServerResponse): Promise<boolean> {
  if (response.destroyed || response.writableEnded) return Promise.resolve(false)
  if (ms <= 0) return Promise.resolve(true)
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer)
      resolve(false)
    }
    const timer = setTimeout(() => {
      response.off('close', onClose)
      resolve(!response.destroyed)
    }, ms)
    response.once('close', onClose)
  })
}

/** Header value as one string (the first if repeated). */
export function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name]
  return Array.isArray(value) ? value[0] : value
}
