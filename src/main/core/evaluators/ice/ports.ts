import type { IceJudgeSemantics } from '../../../../shared/ice/names'
import type { IceAttackRow } from './loop/types'
import type { IdentityQuestion, SeedTemplate, TemplateNode } from './types'

/**
 * What an ICE run works on, frozen at its start (migration 0005): the questions, the seeds, the
 * target's fact, the strict judge's vendors and hard's keywords, with where each came from.
 */
export interface IceRunInputs {
  readonly questions: { readonly name: string; readonly contentHash: string; readonly items: readonly IdentityQuestion[] }
  readonly seeds: { readonly name: string; readonly contentHash: string; readonly items: readonly SeedTemplate[] }
  readonly fact: string
  readonly vendors: readonly { readonly vendor: string; readonly series: readonly string[] }[]
  readonly keywords: readonly string[]
  /**
   * The judge semantics the run was started with (issue 15). Runs stored before it existed have
   * none and were judged with ours: read them with `judgeSemanticsOf`.
   */
  readonly judge?: IceJudgeSemantics
}

/** Where a fuzzing loop stopped and why, once it has (a paused loop has none). */
export interface IceRunState {
  readonly stopReason: string
  readonly iterations: number
}

/** One fuzzing replicate's own stop state (issue 16); replicate 0 is the run's own seed. */
export interface IceReplicateState extends IceRunState {
  readonly replicate: number
}

/** How a row is named in `prune`'s keep set. */
export const rowKey = (mutantId: number, questionIndex: number): string => `${mutantId}:${questionIndex}`

/** Where an ICE run's inputs, template tree, attack rows and stop state are kept; storage implements it. */
export interface IceRunsRepo {
  saveInputs(runId: string, inputs: IceRunInputs): void
  inputs(runId: string): IceRunInputs | undefined
  saveNodes(runId: string, nodes: readonly TemplateNode[]): void
  /** Every replicate's nodes (issue 16), each tagged with its replicate (absent: 0), replicate by replicate. */
  nodes(runId: string): TemplateNode[]
  /** One template of a replicate (default 0, the run's own seed). */
  node(runId: string, nodeId: number, replicate?: number): TemplateNode | undefined
  /** Stored under the row's own `replicate` (absent: 0). */
  saveRow(runId: string, row: IceAttackRow): void
  /** Every replicate's rows, each tagged with its replicate (absent: 0), replicate by replicate in display order. */
  rows(runId: string): IceAttackRow[]
  /**
   * Drops the nodes and rows of one replicate (default 0) that a finished session did not reach (see
   * the storage's comment); returns how many were removed.
   */
  prune(runId: string, keepNodes: ReadonlySet<number>, keepRows: ReadonlySet<string>, replicate?: number): number
  /** Stores (or overwrites, when a resumed replicate ends again) one replicate's stop state (default 0). */
  saveState(runId: string, state: IceRunState, replicate?: number): void
  /** Replicate 0's stop state: the run's own, as it was before replicates. */
  state(runId: string): IceRunState | undefined
  /** Every replicate's stop state that was stored, replicate by replicate. */
  states(runId: string): IceReplicateState[]
}
