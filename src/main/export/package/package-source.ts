import type { RseCheckJudgment, RseExtraAnswer } from '../../core/evaluators/rse/checks/ports'
import type { IceResults } from '../../../shared/contract/ice-results'
import type { RseResults } from '../../../shared/contract/results'
import type { RunSpec } from '../../../shared/contract/run-spec'
import type { IceAttackRow, TemplateNode } from '../../core/evaluators/ice'
import type { IceReplicateState, IceRunInputs, IceRunState } from '../../core/evaluators/ice/ports'
import type { CallTotals } from '../../core/llm/call-records'
import type { RseAnswer, RseItem, RseJudgment } from '../../core/evaluators/rse/ports'
import type { RunRow } from '../../core/runs/ports'
import type { ModelRecord } from './package-format'

/** Everything a package is written from; the run service gathers it, so this folder needs no database. */
export interface PackageSource {
  readonly run: RunRow
  /** The spec with every model inline (provider, address, model id, parameters, prices; never a key). */
  readonly spec: RunSpec
  readonly models: readonly ModelRecord[]
  readonly calls: CallTotals
  /** Each input's source and licence, keyed `prompt-set:<name>`, `identity-questions`, `seed-templates` (issue 15 item 5). */
  readonly inputSources?: Readonly<Record<string, string>>
  /** The person's ratings of sampled items ("Rate items yourself"), keyed as the spot check keys items. */
  readonly humanRatings?: readonly { readonly itemKey: string; readonly rating: number; readonly ratedAt: string }[]
  readonly rse?: {
    readonly items: readonly RseItem[]
    readonly answers: readonly RseAnswer[]
    readonly judgments: readonly RseJudgment[]
    /** Issue 16's further answers and check judgements (empty or absent for a run without checks). */
    readonly extraAnswers?: readonly RseExtraAnswer[]
    readonly checkJudgments?: readonly RseCheckJudgment[]
    readonly results: RseResults
    readonly judgePrompt: { readonly system: string; readonly template: string }
  }
  readonly ice?: {
    readonly inputs: IceRunInputs | undefined
    readonly nodes: readonly TemplateNode[]
    readonly rows: readonly IceAttackRow[]
    /** Replicate 0's stop state (the run's own, as before replicates). */
    readonly state: IceRunState | undefined
    /** Every replicate's stop state that was stored; absent or empty for a run none of whose replicates stopped. */
    readonly states?: readonly IceReplicateState[]
    readonly results: IceResults
    readonly judgePrompts: Readonly<Record<string, string>>
  }
}
