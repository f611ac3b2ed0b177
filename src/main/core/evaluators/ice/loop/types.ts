import type { IceJudgeSemantics } from '../../../../../shared/ice/names'
import type { IceAttackRowView } from '../../../../../shared/contract/ice-results'
import type { LlmClient } from '../../../llm/llm-client'
import type { SeedPart } from '../../../stats/prng'
import type { VerdictPreset } from '../../../judges/read-verdict'
import type { JudgeOutcome } from '../judges/run-judge'
import type { PanelJudgement } from '../judges/panel'
import type { SuspectedVendor } from '../judges/judge-prompts'
import type { PolicyParams } from '../policies/create-policy'
import type { PolicyName } from '../policies/types'
import type { IcePreset } from '../presets'
import type { IdentityQuestion, MutatorName, SeedTemplate, TemplateNode } from '../types'
import type { CallContext, CallFailure } from './call-model'

/** METHOD.md 2.2's stop conditions; -1 disables one. */
export interface StopLimits {
  readonly maxQuery: number
  readonly maxSuccess: number
  readonly maxReject: number
  readonly maxIteration: number
}

/** The paper's budget: 1,000 queries (20 mutants x 50 questions), nothing else. */
export const PAPER_STOP_LIMITS: StopLimits = { maxQuery: 1000, maxSuccess: -1, maxReject: -1, maxIteration: -1 }

/** What defines a run; serialisable, so it can go into a run's manifest. */
export interface IceFuzzConfig {
  readonly preset: IcePreset
  /**
   * Which judge prompts are sent (issue 15 item 1): the paper's ('as-published', paper-judge-prompts.ts)
   * or ours ('distillscope', the default here; the run spec picks by preset).
   */
  readonly judge?: IceJudgeSemantics
  /**
   * How judge replies are read (issue 11). Default: the same as `judge`, since each set of prompts
   * asks for its own tags (ours <verdict>, which the paper's reader would never find).
   */
  readonly verdicts?: VerdictPreset
  readonly policy: PolicyName
  readonly policyParams?: PolicyParams
  readonly seeds: readonly SeedTemplate[]
  readonly questions: readonly IdentityQuestion[]
  /** The target's own identity fact (METHOD.md 2.1). */
  readonly fact: string
  readonly stop: StopLimits
  /** Mutants per iteration (METHOD.md 2.2; default 1). */
  readonly energy?: number
  /** Mutators to choose from, uniformly (default all five). */
  readonly mutators?: readonly MutatorName[]
  /** The strict judge on loose positives (METHOD.md 2.6), or false to skip it. Default OpenAI + Anthropic. */
  readonly strict?: { readonly vendors: readonly SuspectedVendor[] } | false
  /** How the target is asked; default temperature 0 and "You are a helpful assistant." (METHOD.md 1.1). */
  readonly target?: { readonly temperature?: number; readonly systemPrompt?: string; readonly maxTokens?: number }
  /** Seed of every random choice (seed pool, selection, mutator, crossover partner). */
  readonly seed: SeedPart
}

export interface IceFuzzProgress {
  readonly iteration: number
  readonly queries: number
  readonly successes: number
  readonly rejects: number
  readonly mutants: number
  readonly poolSize: number
}

/** Everything the loop touches outside itself. */
export interface IceFuzzDeps {
  readonly llm: Pick<LlmClient, 'chat'>
  readonly targetModelId: string
  readonly helperModelId: string
  /** The judge's model id (a panel of one). */
  readonly judgeModelId: string
  /** A panel of two or more judges (issue 13), in the spec's order: used instead of `judgeModelId`. */
  readonly judgePanel?: readonly { readonly alias: string; readonly modelId: string }[]
  readonly signal?: AbortSignal
  readonly runId?: string
  /** The run's limit on its calls to each model in flight (the spec's concurrency). */
  readonly maxConcurrent?: number
  /**
   * Each attack row as soon as it is judged (store it then); `replayed` when it came from `replay`.
   * Rows of one mutant may arrive in any order.
   */
  readonly onRow?: (row: IceAttackRow, replayed: boolean) => void
  /** The initial pool's seeds, once, before the first iteration. */
  readonly onSeeds?: (seeds: readonly TemplateNode[]) => void
  /** Each new template node (mutants, with parent, mutator and level). */
  readonly onNode?: (node: TemplateNode) => void
  /** After every iteration. */
  readonly onProgress?: (progress: IceFuzzProgress) => void
  readonly onCall?: CallContext['onCall']
  /** How every request ended, by the role that made it (progress counts requests as the call log does). */
  readonly onRequest?: (role: 'target' | 'helper' | 'judge', outcome: Parameters<NonNullable<CallContext['onRequest']>>[0]) => void
  /** What an earlier session of this run stored: used instead of asking again (resume). */
  readonly replay?: IceReplay
}

/**
 * A resumed run replays its earlier sessions: the loop makes the same choices from the same seed,
 * and wherever a node or row was stored it takes the stored outcome (failed calls included)
 * instead of calling, so the replay cannot drift and nothing is paid twice.
 */
export interface IceReplay {
  /** The stored node with this id, if any (the loop checks it is the same mutant). */
  node(id: number): TemplateNode | undefined
  row(mutantId: number, questionIndex: number): IceAttackRow | undefined
}

/** One question asked with one mutant: an attack row (METHOD.md 2.6 divides by their number). */
export interface IceAttackRow extends Omit<IceAttackRowView, 'targetError' | 'loose' | 'strict' | 'judges' | 'hard'> {
  /** The failed target call, with its class (the view shows the class and message only). */
  readonly targetError?: CallFailure
  /** The panel's verdict (judges/panel.ts): for a panel of one, its judge's outcome as before panels. */
  readonly loose: JudgeOutcome
  /** Only for loose positives when the strict judge is on. */
  readonly strict?: JudgeOutcome
  /** Each judge's own outcomes: panels of two or more only. */
  readonly judges?: readonly PanelJudgement[]
}

export type IceStopReason = 'max_query' | 'max_success' | 'max_reject' | 'max_iteration' | 'stalled'

export interface IceFuzzResult {
  /** Ordered by iteration, mutant, question. */
  readonly rows: readonly IceAttackRow[]
  /** Every template: the initial seeds, then every mutant (queried or not, in the pool or not). */
  readonly nodes: readonly TemplateNode[]
  /** Node ids of the pool, in joining order. */
  readonly pool: readonly number[]
  readonly stopReason: IceStopReason
  readonly progress: IceFuzzProgress
}
