import { reportedVersionOf } from './reported-version'
import Anthropic from '@anthropic-ai/sdk'
import type { Message, MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages'
import { LlmCallError } from '../core/llm/llm-error'
import type { ChatReply, ChatRequest, ChatTransport } from '../core/llm/types'
import { answerCutOff, isCutOff } from './cut-off'
import { NO_KEY_PLACEHOLDER, type TransportConfig } from './transport-config'

/** Anthropic requires max_tokens; this applies when the model sets none (METHOD.md: none by default). */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 4096

const FINISH_REASONS: Readonly<Record<string, string>> = { end_turn: 'stop', stop_sequence: 'stop', max_tokens: 'length' }

/** Anthropic's Messages API through the official SDK. */
export function createAnthropicTransport(config: TransportConfig): ChatTransport {
  const client = new Anthropic({
    apiKey: config.apiKey ?? NO_KEY_PLACEHOLDER,
    baseURL: config.baseURL,
    defaultHeaders: { ...config.headers },
    timeout: config.timeoutMs,
    maxRetries: config.maxRetries,
    fetch: config.fetch,
  })

  async function send(request: ChatRequest, signal: AbortSignal): Promise<ChatReply> {
    const body = toBody(config.model, request)
    const message = config.stream ? await streamed(body, signal) : await client.messages.create({ ...body, stream: false }, { signal })
    return toReply(message)
  }

  /** A stream that began and then failed without an HTTP status was cut off (see cut-off.ts). */
  async function streamed(body: MessageCreateParamsBase, signal: AbortSignal): Promise<Message> {
    const stream = client.messages.stream(body, { signal })
    let begun = false
    stream.on('streamEvent', () => {
      begun = true
    })
    try {
      return await stream.finalMessage()
    } catch (error) {
      if (begun && isCutOff(error, signal)) throw answerCutOff()
      throw error
    }
  }

  async function listModels(signal: AbortSignal): Promise<string[]> {
    const ids: string[] = []
    for await (const model of client.models.list({}, { signal })) ids.push(model.id)
    return ids.sort()
  }

  return { send, listModels }
}

/**
 * The SDK's types no longer declare `temperature` and `top_p` (Anthropic deprecated them), but the
 * models the paper measured accept them and METHOD.md fixes temperature 0, so they are still sent
 * as plain body fields. A model that refuses them answers 400, shown as a bad request with its reason.
 */
function toBody(model: string, request: ChatRequest): MessageCreateParamsBase {
  const { params } = request
  const body: MessageCreateParamsBase & { temperature: number; top_p?: number } = {
    model,
    max_tokens: params.maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    messages: request.messages.map((message) => ({ role: message.role, content: message.content })),
    temperature: params.temperature,
    ...(params.systemPrompt ? { system: params.systemPrompt } : {}),
    ...(params.topP !== undefined ? { top_p: params.topP } : {}),
  }
  return body
}

function toReply(message: Message): ChatReply {
  if (message.stop_reason === 'refusal') throw new LlmCallError('content_filter')
  const text = message.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('')
  return {
    text,
    finishReason: message.stop_reason ? (FINISH_REASONS[message.stop_reason] ?? message.stop_reason) : null,
    usage: { inputTokens: message.usage.input_tokens, outputTokens: message.usage.output_tokens },
    ...reportedVersionOf(message.model),
  }
}
