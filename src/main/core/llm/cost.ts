import type { Prices, TokenUsage } from './types'

/** Cost in US dollars from token counts and per-million-token prices. */
export function costOf(usage: TokenUsage, prices: Prices): number {
  return (usage.inputTokens * prices.inputPerMTok + usage.outputTokens * prices.outputPerMTok) / 1_000_000
}
