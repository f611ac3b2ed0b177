import { setTimeout as sleep } from 'node:timers/promises'
import { reportedVersionOf } from './reported-version'
import OpenAI from 'openai'
import type { ChatCompletion, ChatCompletionCreateParamsBase, ChatCompletionMessageParam } from 'openai/resources/chat/completions'
import { LlmCallError } from '../core/llm/llm-error'
import type { ChatReply, ChatRequest, ChatTransport } from '../core/llm/types'
import { answerText } from './answer-text'
import { answerCutOff, isCutOff } from './cut-off'
import { completionFailure, errorCarriedBy, ErrorInReplyError } from './error-in-reply'
import type { DirectChat } from './openai-direct'
import { retryDelayMs, statusIsRetried } from './openai-retry-policy'
import { estimateTokens, NO_KEY_PLACEHOLDER, type TransportConfig } from './transport-config'

/**
 * OpenAI and every OpenAI-compatible endpoint, through the official SDK; plain calls through
 * `direct` when given (openai-direct.ts: the SDK's contract without its per-call cost).
 */
export function createOpenAiTransport(config: TransportConfig, direct?: DirectChat): ChatTransport {
  const client = new OpenAI({
    apiKey: config.apiKey ?? NO_KEY_PLACEHOLDER,
    baseURL: config.baseURL,
    defaultHeaders: { ...config.headers },
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: config.fetch,
  })

  async function send(request: ChatRequest, signal: AbortSignal): Promise<ChatReply> {
    const body = toBody(config.model, request)
    const reply = config.stream
      ? await sendStreamed(client, body, signal)
      : await retryingErrorsInReply(() => sendPlain(client, direct, body, signal), config.maxRetries, signal)
    if (reply.finishReason === 'content_filter') throw new LlmCallError('content_filter')
    return reply
  }

  async function listModels(signal: AbortSignal): Promise<string[]> {
    const ids: string[] = []
    for await (const model of client.models.list({ signal })) ids.push(model.id)
    return ids.sort()
  }

  return { send, listModels }
}

function toBody(model: string, request: ChatRequest): ChatCompletionCreateParamsBase {
  const { params } = request
  const messages: ChatCompletionMessageParam[] = params.systemPrompt ? [{ role: 'system', content: params.systemPrompt }] : []
  for (const message of request.messages) messages.push({ role: message.role, content: message.content })
  return {
    model,
    messages,
    temperature: params.temperature,
    ...(params.maxTokens !== undefined ? { max_tokens: params.maxTokens } : {}),
    ...(params.topP !== undefined ? { top_p: params.topP } : {}),
  }
}

async function sendPlain(client: OpenAI, direct: DirectChat | undefined, body: ChatCompletionCreateParamsBase, signal: AbortSignal): Promise<ChatReply> {
  const plain = { ...body, stream: false } as const
  const sent = direct ? await direct(plain, signal) : undefined
  // Unchecked, as the SDK leaves it: every field below is read defensively. A redirect is the SDK's to follow.
  const completion = sent === undefined || sent === 'redirected' ? await client.chat.completions.create(plain, { signal }) : (sent as ChatCompletion)
  const failure = completionFailure(completion)
  if (failure) throw failure
  const choice = completion.choices[0]
  const text = answerText(choice?.message)
  return {
    text,
    finishReason: choice?.finish_reason ?? null,
    usage: {
      inputTokens: completion.usage?.prompt_tokens ?? estimateTokens(JSON.stringify(body.messages)),
      outputTokens: completion.usage?.completion_tokens ?? estimateTokens(text),
    },
    ...reportedVersionOf(completion.model, completion.system_fingerprint),
  }
}

async function sendStreamed(client: OpenAI, body: ChatCompletionCreateParamsBase, signal: AbortSignal): Promise<ChatReply> {
  const stream = await client.chat.completions.create({ ...body, stream: true, stream_options: { include_usage: true } }, { signal })
  let text = ''
  let finishReason: string | null = null
  let usage: { prompt_tokens: number; completion_tokens: number } | undefined
  let begun = false
  let version: { model?: unknown; fingerprint?: unknown } = {}
  try {
    for await (const chunk of stream) {
      begun = true
      // An error that arrives mid-stream (OpenRouter's, after its 200) ends the answer: it is not a partial one.
      const carried = errorCarriedBy(chunk)
      if (carried) throw carried
      version = { model: chunk.model ?? version.model, fingerprint: chunk.system_fingerprint ?? version.fingerprint }
      const choice = chunk.choices[0]
      text += answerText(choice?.delta)
      if (choice?.finish_reason) finishReason = choice.finish_reason
      if (chunk.usage) usage = chunk.usage
    }
  } catch (error) {
    // The SDK itself throws, with no status, for an event that carries an error: the provider's words, not a cut-off answer.
    const carried = error instanceof OpenAI.APIError && error.status === undefined && !signal.aborted ? errorCarriedBy({ error: error.error }) : undefined
    if (carried) throw carried
    if (begun && !(error instanceof ErrorInReplyError) && isCutOff(error, signal)) throw answerCutOff()
    throw error
  }
  // A stream that stops before saying why it finished was cut off in transit.
  if (finishReason === null) throw answerCutOff()
  return {
    text,
    finishReason,
    usage: {
      inputTokens: usage?.prompt_tokens ?? estimateTokens(JSON.stringify(body.messages)),
      outputTokens: usage?.completion_tokens ?? estimateTokens(text),
    },
    ...reportedVersionOf(version.model, version.fingerprint),
  }
}

/**
 * An error carried in a 200 whose code the SDK would retry over HTTP (a 429 or a 5xx the upstream
 * model gave after OpenRouter's 200) is asked again the same way: as many times, after the same
 * waits. Not for streams: an answer that had begun may already have been paid for.
 */
async function retryingErrorsInReply(sendOnce: () => Promise<ChatReply>, maxRetries: number, signal: AbortSignal): Promise<ChatReply> {
  for (let retriesLeft = maxRetries; ; retriesLeft--) {
    try {
      return await sendOnce()
    } catch (error) {
      if (!(error instanceof ErrorInReplyError) || error.status === undefined || retriesLeft <= 0 || !statusIsRetried(error.status, new Headers())) throw error
      await sleep(retryDelayMs(undefined, retriesLeft, maxRetries), undefined, { signal }).catch(() => {
        throw new OpenAI.APIUserAbortError()
      })
    }
  }
}
