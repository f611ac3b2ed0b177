import { setTimeout as sleep } from 'node:timers/promises'
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai'
import { VERSION } from 'openai/version'
import { request, type Dispatcher } from 'undici'
import { parsedObject } from './readable-reply-fetch'
import { retryDelayMs, statusIsRetried } from './openai-retry-policy'
import { webHeadersOf } from './reply-headers'
import { UnreadableReplyError } from './unreadable-reply-error'
import { KEPT_BYTES, readWhole } from './whole-reply'

export interface DirectChatOptions {
  /** Normalised base URL (no query, no trailing slash): the SDK's own, so both call the same address. */
  readonly baseURL: string
  /** Sent as `Authorization: Bearer <key>`, as the SDK sends it. */
  readonly apiKey: string
  /** The model's own headers, sent last so they win, as the SDK's default headers do. */
  readonly headers: Readonly<Record<string, string>>
  readonly timeoutMs: number
  readonly maxRetries: number
  /** Passed before every attempt, retries included (requests-per-minute and endpoint limits). */
  readonly gate: (signal: AbortSignal) => Promise<void>
  /** A proxy's agent when the host is reached through one. */
  readonly dispatcher?: Dispatcher
}

/** What a plain call returns: the completion as the provider sent it, or `redirected` when the SDK must make the call. */
export type DirectChat = (body: object, signal: AbortSignal) => Promise<object | 'redirected'>

type Attempt = { readonly reply: object } | { readonly failed: Error; readonly retried: boolean; readonly headers?: Headers } | 'redirected'

const decoder = new TextDecoder()

/**
 * Plain (not streamed) chat completions to an OpenAI-compatible endpoint over undici's `request`,
 * without the SDK's request machinery: the SDK spends about 0.2 ms of CPU per call building
 * headers, Response objects and log lines that a plain call does not need, a third of the engine's
 * whole cost per call (issue 17 item 1). The contract with the provider is the SDK's: the same
 * address, body, key header and the model's headers; the same retries and waits
 * (openai-retry-policy.ts); and the SDK's own error classes, so classification (error-mapping.ts)
 * sees exactly what the SDK would raise. A 2xx reply that is not a JSON object is a failed attempt
 * carrying an UnreadableReplyError, as the readable-replies check makes it for the SDK. Redirects
 * (rare for an API) are left to the SDK, which follows them as fetch does.
 */
export function createDirectChat(options: DirectChatOptions): DirectChat {
  const url = `${options.baseURL.replace(/\/$/, '')}/chat/completions`
  const headers = lowerCased({
    accept: 'application/json',
    'content-type': 'application/json',
    'user-agent': `OpenAI/JS ${VERSION}`,
    authorization: `Bearer ${options.apiKey}`,
    ...lowerCased(options.headers),
  })

  async function attempt(payload: string, signal: AbortSignal): Promise<Attempt> {
    await options.gate(signal)
    if (signal.aborted) throw new APIUserAbortError()
    const controller = new AbortController()
    const abort = () => controller.abort()
    signal.addEventListener('abort', abort)
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      controller.abort()
    }, options.timeoutMs)
    try {
      const reply = await request(url, {
        method: 'POST',
        headers,
        body: payload,
        signal: controller.signal,
        ...(options.dispatcher ? { dispatcher: options.dispatcher } : {}),
      })
      if (reply.statusCode >= 200 && reply.statusCode < 300) {
        const text = decoder.decode(await readWhole(reply.body))
        const parsed = parsedObject(text)
        return parsed ? { reply: parsed } : { failed: new APIConnectionError({ cause: new UnreadableReplyError(text.slice(0, KEPT_BYTES)) }), retried: true }
      }
      if (reply.statusCode >= 300 && reply.statusCode < 400 && reply.headers.location !== undefined) {
        await reply.body.dump()
        return 'redirected'
      }
      return await statusFailure(reply)
    } catch (error) {
      if (signal.aborted) throw new APIUserAbortError()
      if (timedOut) return { failed: new APIConnectionTimeoutError(), retried: true }
      return { failed: new APIConnectionError({ cause: error as Error }), retried: true }
    } finally {
      clearTimeout(timer)
      signal.removeEventListener('abort', abort)
    }
  }

  return async (body, signal) => {
    const payload = JSON.stringify(body)
    for (let retriesLeft = options.maxRetries; ; retriesLeft--) {
      const outcome = await attempt(payload, signal)
      if (outcome === 'redirected') return outcome
      if ('reply' in outcome) return outcome.reply
      if (!outcome.retried || retriesLeft <= 0) throw outcome.failed
      await sleep(retryDelayMs(outcome.headers, retriesLeft, options.maxRetries), undefined, { signal }).catch(() => {
        throw new APIUserAbortError()
      })
    }
  }
}

/** An HTTP error as the SDK makes it (`makeStatusError`): its class by status, the body's error object, the reply's headers. */
async function statusFailure(reply: Dispatcher.ResponseData): Promise<Attempt> {
  const headers = webHeadersOf(reply.headers)
  const text = await reply.body.text().catch((error: unknown) => String((error as Error)?.message ?? error))
  const json = safeJson(text)
  const error = json && typeof json === 'object' && (json as { error?: unknown }).error == null ? { error: json } : json
  return {
    failed: APIError.generate(reply.statusCode, error as object | undefined, json ? undefined : text, headers),
    retried: statusIsRetried(reply.statusCode, headers),
    headers,
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

function lowerCased(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value
  return out
}
