import type { ChatRequest } from './types'

/**
 * Token usage without a tokenizer: one token per 4 characters (code points), at least 1. English
 * averages about 4 characters per token with OpenAI's and Anthropic's tokenizers, and the count is
 * stable across runs, which is what usage figures and cost estimates in tests need.
 */
export function countTokens(text: string): number {
  return Math.max(1, Math.ceil([...text].length / 4))
}

/** The prompt's tokens: the system text and every turn, counted together. */
export function promptTokens(request: ChatRequest): number {
  return countTokens([request.system, ...request.messages.map((message) => message.content)].join('\n'))
}

/** Cuts a reply to `maxTokens` tokens; `cut` tells the caller to report a length stop. */
export function limitTokens(text: string, maxTokens: number | undefined): { text: string; cut: boolean } {
  if (maxTokens === undefined || countTokens(text) <= maxTokens) return { text, cut: false }
  return { text: [...text].slice(0, maxTokens * 4).join(''), cut: true }
}
