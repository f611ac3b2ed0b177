/**
 * A successful reply the SDK could not read: HTML from a proxy's login page, plain text, or a
 * JSON body cut off in transit. Carries the reply's first bytes (not yet scrubbed of the key:
 * error-mapping does that, since it knows the key).
 */
export class UnreadableReplyError extends Error {
  constructor(
    readonly firstBytes: string,
    /** The connection ended before the declared body did: a failure in transit, not a bad reply. */
    readonly cutOff = false,
  ) {
    super('The provider answered 200 with a reply that is not readable JSON.')
    this.name = 'UnreadableReplyError'
  }
}

/** Enough to recognise the reply, and to scrub a key that straddles the point where it is shown cut. */
const KEPT_BYTES = 1024

/**
 * Wraps the SDKs' fetch so a 2xx reply is read in full and checked to be a JSON object before the
 * SDK sees it. Without this, the SDKs turn such a reply into a JSON syntax error, a missing field
 * or a "terminated" body, which all looked like a network failure. Streams (text/event-stream)
 * pass untouched: they are read as they arrive, and a cut stream is caught where it is parsed.
 * The SDK treats a throw here as a failed connection, so it retries, as it would a dropped one.
 */
export function readableRepliesOnly(inner: typeof fetch): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init)
    if (!response.ok || response.body === null || /text\/event-stream/i.test(response.headers.get('content-type') ?? '')) return response
    const bytes = await readAll(response)
    const text = new TextDecoder().decode(bytes)
    const parsed = parsedObject(text)
    if (parsed === undefined) throw new UnreadableReplyError(text.slice(0, KEPT_BYTES))
    return alreadyRead(new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers }), text, parsed)
  }
}

/**
 * The SDKs read the reply once more, OpenAI's as text and Anthropic's as JSON: both are given what
 * was read, decoded and parsed here instead of a second pass over a body stream and a second parse
 * (issue 17: per-call CPU). The bytes stay its body for any other reader.
 */
function alreadyRead(response: Response, text: string, parsed: object): Response {
  return Object.assign(response, { text: () => Promise.resolve(text), json: () => Promise.resolve(parsed) })
}

async function readAll(response: Response): Promise<Uint8Array> {
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = response.body!.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      chunks.push(value)
      size += value.length
    }
  } catch (error) {
    // Cut off mid-way; an abort (the caller's or the timeout's) is not the reply's fault.
    if ((error as Error)?.name === 'AbortError' || (error as Error)?.name === 'TimeoutError') throw error
    throw new UnreadableReplyError(new TextDecoder().decode(concat(chunks, size)).slice(0, KEPT_BYTES), true)
  }
  return concat(chunks, size)
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    all.set(chunk, offset)
    offset += chunk.length
  }
  return all
}

/** The reply's JSON when it is an object (or array), else undefined. */
function parsedObject(text: string): object | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined
  } catch {
    return undefined
  }
}
