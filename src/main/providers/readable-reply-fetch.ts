import { UnreadableReplyError } from './unreadable-reply-error'
import { KEPT_BYTES, readWhole, wholeBodyOf } from './whole-reply'

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
    const whole = wholeBodyOf(response)
    const bytes = whole ?? (await readWhole(response.body))
    const text = new TextDecoder().decode(bytes)
    const parsed = parsedObject(text)
    if (parsed === undefined) throw new UnreadableReplyError(text.slice(0, KEPT_BYTES))
    // A body the lean fetch read whole is still unread in its Response: no second Response is needed.
    const unread = whole ? response : new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers })
    return alreadyRead(unread, text, parsed)
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

/** The reply's JSON when it is an object (or array), else undefined. */
export function parsedObject(text: string): object | undefined {
  try {
    const parsed: unknown = JSON.parse(text)
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined
  } catch {
    return undefined
  }
}
