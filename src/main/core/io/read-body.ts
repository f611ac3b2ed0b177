import type { IncomingMessage } from 'node:http'

export class BodyTooLargeError extends Error {}

/**
 * Reads a request body, giving up (without buffering the rest) once it passes `limit` bytes. Used by
 * both loopback servers: browser mode's API and the simulated provider.
 */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(request.headers['content-length'] ?? 0) > limit) throw new BodyTooLargeError()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) throw new BodyTooLargeError()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}
