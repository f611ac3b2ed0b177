import type { ChatParams } from './types'

/** A spec's model made callable: the id the call layer knows it by, and how to ask it. */
export interface PreparedModel {
  readonly alias: string
  readonly modelId: string
  /** What to show: the provider's model id (e.g. gpt-4o-2024-08-06). */
  readonly model: string
  readonly params: ChatParams
  readonly simulated: boolean
}
