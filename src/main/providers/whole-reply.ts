import { UnreadableReplyError } from './unreadable-reply-error'

/** Enough to recognise the reply, and to scrub a key that straddles the point where it is shown cut. */
export const KEPT_BYTES = 1024

/**
 * Bodies the lean fetch has already read in full, by the Response built around them: the check for
 * readable JSON (readable-reply-fetch.ts) takes them as they are instead of reading a stream over
 * the same bytes once more (issue 17 item 1: per-call CPU).
 */
const wholeBodies = new WeakMap<Response, Uint8Array>()

export function wholeReply(bytes: Uint8Array, init: ResponseInit): Response {
  const response = new Response(bytes, init)
  wholeBodies.set(response, bytes)
  return response
}

/** The body `wholeReply` was given, if this response came from it and its body was not read since. */
export function wholeBodyOf(response: Response): Uint8Array | undefined {
  return response.bodyUsed ? undefined : wholeBodies.get(response)
}

/**
 * Reads a body to its end. A body cut off part-way is an UnreadableReplyError carrying what did
 * arrive (marked cut off: a failure in transit, not a bad reply); an abort (the caller's or the
 * timeout's) is not the reply's fault and is passed on as it is.
 */
export async function readWhole(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = []
  let size = 0
  try {
    for await (const chunk of chunks) {
      parts.push(chunk)
      size += chunk.length
    }
  } catch (error) {
    if ((error as Error)?.name === 'AbortError' || (error as Error)?.name === 'TimeoutError') throw error
    throw new UnreadableReplyError(new TextDecoder().decode(concat(parts, size)).slice(0, KEPT_BYTES), true)
  }
  return parts.length === 1 ? (parts[0] as Uint8Array) : concat(parts, size)
}

function concat(parts: readonly Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size)
  let offset = 0
  for (const part of parts) {
    all.set(part, offset)
    offset += part.length
  }
  return all
}
