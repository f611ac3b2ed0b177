/** The provider-neutral request both wire formats are parsed into, and what personas see. */

export type ChatRole = 'system' | 'user' | 'assistant'

export interface ChatMessage {
  readonly role: ChatRole
  readonly content: string
}

export interface ChatRequest {
  readonly model: string
  /** System text: OpenAI system/developer messages, or Anthropic's top-level `system`, joined. */
  readonly system: string
  /** User and assistant turns, in order (system turns moved to `system`). */
  readonly messages: readonly ChatMessage[]
  /**
   * 0 when the request omits it (unlike the real APIs, whose default is 1): the simulator decodes
   * greedily unless asked otherwise, so the same question gets the same answer on both wire formats
   * (the Anthropic SDK no longer has a `temperature` parameter at all).
   */
  readonly temperature: number
  readonly stream: boolean
  readonly maxTokens: number | undefined
  /** OpenAI's `n`; 1 for Anthropic. */
  readonly samples: number
  /** OpenAI's `seed` request field, mixed into the reply so a caller can ask for another sample. */
  readonly requestSeed: number | undefined
  /** OpenAI `stream_options.include_usage`. */
  readonly includeUsage: boolean
}

/** Who made a target model, as its identity fact would say. */
export interface TargetIdentity {
  readonly name: string
  readonly maker: string
}

export const DEFAULT_IDENTITY: TargetIdentity = { name: 'Simulated Model', maker: 'Distillscope Labs' }

export type Provider = 'openai' | 'anthropic'
