/**
 * List prices in US dollars per million tokens (input, output) for models the paper measured and
 * their usual successors, as published by their vendors in 2025. Offered as editable defaults only:
 * prices change, and some vendors charge in other currencies (converted at the time of writing).
 */
const PRICES: readonly (readonly [RegExp, number, number])[] = [
  [/^gpt-4o-mini/, 0.15, 0.6],
  [/^gpt-4o-2024-05-13/, 5, 15],
  [/^(gpt-4o|chatgpt-4o)/, 2.5, 10],
  [/^gpt-4\.1-nano/, 0.1, 0.4],
  [/^gpt-4\.1-mini/, 0.4, 1.6],
  [/^gpt-4\.1/, 2, 8],
  [/^claude-3-5-haiku/, 0.8, 4],
  [/^claude-3-(5|7)-sonnet|^claude-sonnet-4/, 3, 15],
  [/^claude-3-opus|^claude-opus-4/, 15, 75],
  [/^gemini-2\.0-flash-lite/, 0.075, 0.3],
  [/^gemini-2\.0-flash/, 0.1, 0.4],
  [/^gemini-1\.5-pro/, 1.25, 5],
  [/^deepseek-chat/, 0.27, 1.1],
  [/^deepseek-reasoner/, 0.55, 2.19],
  [/^qwen-max/, 1.6, 6.4],
  [/^qwen-plus/, 0.4, 1.2],
  [/^qwen2\.5-72b/, 0.9, 0.9],
  [/^glm-4-plus/, 0.7, 0.7],
  [/^doubao-(1-5-)?pro-32k/, 0.11, 0.28],
  [/^mistral-large/, 2, 6],
  [/^(meta-llama\/)?(meta-)?llama-3\.1-70b/i, 0.88, 0.88],
  [/^(meta-llama\/)?(meta-)?llama-3\.1-8b/i, 0.18, 0.18],
  [/^(microsoft\/)?phi-4/i, 0.07, 0.14],
  [/^moonshot-v1-8k/, 0.17, 0.17],
  [/^grok-2/, 2, 10],
  [/^sim-/, 0, 0],
]

export function suggestPrices(model: string): { known: boolean; inputPerMTok: number; outputPerMTok: number } {
  const id = model.trim().toLowerCase()
  const match = PRICES.find(([pattern]) => pattern.test(id))
  return match ? { known: true, inputPerMTok: match[1], outputPerMTok: match[2] } : { known: false, inputPerMTok: 0, outputPerMTok: 0 }
}
