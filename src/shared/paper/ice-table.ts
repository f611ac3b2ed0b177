import { PAPER_SOURCE, type PaperSource } from './source'

/** One model's ICE rates (METHOD.md 2.6): positives / attack rows, judged against its own fact. */
export interface PaperIceRow {
  readonly model: string
  readonly loose: number
  readonly strict: number
  readonly hard: number
}

export interface PaperIceTable {
  readonly source: PaperSource
  readonly judge: string
  /** Attack rows per model, the rates' denominator (20 mutants x 50 questions). */
  readonly rowsPerModel: number
  /** Vendors the strict judge counts as the suspected source. */
  readonly suspectedVendors: readonly string[]
  /** Sorted by strict, ascending, as printed. */
  readonly rows: readonly PaperIceRow[]
  readonly decimals: 2
}

export const PAPER_ICE_TABLE: PaperIceTable = {
  source: PAPER_SOURCE,
  judge: 'gpt-4o-mini',
  rowsPerModel: 1000,
  suspectedVendors: ['OpenAI', 'Anthropic'],
  rows: [
    { model: 'Claude3.5-Sonnet', loose: 0.01, strict: 0.0, hard: 0.0 },
    { model: 'Doubao-Pro-32k', loose: 0.04, strict: 0.01, hard: 0.0 },
    { model: 'Gemini-2.0-Flash', loose: 0.24, strict: 0.04, hard: 0.0 },
    { model: 'Llama3.1-70B-Instruct', loose: 0.31, strict: 0.1, hard: 0.0 },
    { model: 'Phi-4', loose: 0.22, strict: 0.14, hard: 0.02 },
    { model: 'DeepSeek-V3', loose: 0.34, strict: 0.22, hard: 0.07 },
    { model: 'Qwen-Max-0919', loose: 0.34, strict: 0.25, hard: 0.1 },
    { model: 'GLM-4-Plus', loose: 0.42, strict: 0.3, hard: 0.16 },
  ],
  decimals: 2,
}

/** Strict ICE of a base model and its instruct version (METHOD.md 2.6): base models leak more. */
export interface PaperBaseInstructRow {
  readonly family: 'Qwen2.5' | 'Llama3.1'
  readonly size: string
  /** The name as printed, e.g. "Qwen2.5-7B". */
  readonly model: string
  readonly baseStrict: number
  readonly instructStrict: number
}

export const PAPER_BASE_VS_INSTRUCT: {
  readonly source: PaperSource
  readonly measure: 'strict'
  readonly decimals: 3
  readonly rows: readonly PaperBaseInstructRow[]
} = {
  source: PAPER_SOURCE,
  measure: 'strict',
  decimals: 3,
  rows: [
    { family: 'Qwen2.5', size: '7B', model: 'Qwen2.5-7B', baseStrict: 0.208, instructStrict: 0.001 },
    { family: 'Qwen2.5', size: '14B', model: 'Qwen2.5-14B', baseStrict: 0.171, instructStrict: 0.0 },
    { family: 'Qwen2.5', size: '72B', model: 'Qwen2.5-72B', baseStrict: 0.211, instructStrict: 0.0 },
    { family: 'Llama3.1', size: '8B', model: 'Llama3.1-8B', baseStrict: 0.16, instructStrict: 0.069 },
    { family: 'Llama3.1', size: '70B', model: 'Llama3.1-70B', baseStrict: 0.288, instructStrict: 0.082 },
  ],
}
