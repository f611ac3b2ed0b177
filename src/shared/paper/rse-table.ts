import { PAPER_SOURCE, type PaperSource } from './source'

/** The paper's three RSE prompt sets (METHOD.md 1), in the table's column order. */
export type PaperRseSet = 'ArenaHard' | 'Numina' | 'ShareGPT'

export interface PaperRseSetInfo {
  readonly key: PaperRseSet
  /** The data set's full name. */
  readonly dataset: string
  /** Prompts the paper used from it. */
  readonly prompts: number
  readonly kind: string
}

export interface PaperRseRow {
  /** The model's name as printed in the paper's table. */
  readonly model: string
  readonly scores: Readonly<Record<PaperRseSet, number>>
  /** The printed Avg: the unweighted mean of the three set means (METHOD.md 1.4). */
  readonly avg: number
}

export interface PaperRseTable {
  readonly source: PaperSource
  /** The reference model every student was compared with. */
  readonly reference: { readonly name: string; readonly modelId: string }
  readonly sets: readonly PaperRseSetInfo[]
  /** Sorted by Avg, ascending, as printed. */
  readonly rows: readonly PaperRseRow[]
  /** Decimal places printed. */
  readonly decimals: 3
}

const row = (model: string, arenaHard: number, numina: number, shareGpt: number, avg: number): PaperRseRow => ({
  model,
  scores: { ArenaHard: arenaHard, Numina: numina, ShareGPT: shareGpt },
  avg,
})

export const PAPER_RSE_TABLE: PaperRseTable = {
  source: PAPER_SOURCE,
  reference: { name: 'GPT4o-0806', modelId: 'gpt-4o-2024-08-06' },
  sets: [
    { key: 'ArenaHard', dataset: 'ArenaHard v0.1', prompts: 500, kind: 'general reasoning, user preference' },
    { key: 'Numina', dataset: 'NuminaMath-CoT', prompts: 1000, kind: 'mathematics' },
    { key: 'ShareGPT', dataset: 'ShareGPT (first user turn)', prompts: 1000, kind: 'instruction following' },
  ],
  rows: [
    row('Llama3.1-70B-Instruct', 3.435, 3.726, 3.723, 3.628),
    row('Doubao-Pro-32k', 3.412, 4.125, 3.623, 3.72),
    row('Claude3.5-Sonnet', 3.466, 4.114, 3.641, 3.74),
    row('Gemini-Flash-2.0', 3.496, 4.31, 3.835, 3.88),
    row('Mistral-Large-2', 3.821, 3.809, 4.064, 3.898),
    row('GLM4-Plus', 3.834, 4.125, 4.175, 4.045),
    row('Phi4', 3.792, 4.403, 3.939, 4.045),
    row('DeepSeek-V3', 3.926, 4.13, 4.251, 4.102),
    row('Qwen-72B-Instruct', 3.816, 4.401, 4.207, 4.141),
    row('Qwen-Max-0919', 3.888, 4.342, 4.293, 4.174),
    row('GPT4o-0513', 4.086, 4.312, 4.323, 4.24),
  ],
  decimals: 3,
}
