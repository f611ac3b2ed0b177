import { z } from 'zod'
import {
  BUILTIN_QUESTION_SETS,
  BUILTIN_SEED_SETS,
  DEFAULT_SUSPECTED_VENDORS,
  ICE_JUDGE_SEMANTICS,
  ICE_PRESET_IDS,
  MUTATOR_NAMES,
  POLICY_NAMES,
} from '../ice/names'
import { checkJudges } from './judges-of'
import { budgetUsdSchema, concurrencySchema, judgesSchema, runNameSchema, seedSchema, wholeNumberSchema, wordListSchema } from './run-spec-fields'
import { aliasSchema, endpointsSchema, specModelSchema } from './spec-model'

/**
 * An ICE run (METHOD.md section 2): a target model asked identity questions inside jailbreak
 * templates that a helper model mutates, and a judge comparing each answer with the target's
 * true identity. docs/spec.md documents every field.
 */

const file = z.string().min(1).max(1000)
const libraryId = z.string().min(1).max(64)

/** Built-in questions, a file (CSV with a `query` column, or JSON Lines) or a set saved in the app. */
const questionSourceSchema = z.union([
  z.object({ builtin: z.enum(BUILTIN_QUESTION_SETS) }).strict(),
  z.object({ file }).strict(),
  z.object({ setId: libraryId }).strict(),
])

/** Built-in seed templates, a file (GPTFuzz's `id,text` CSV, or JSON Lines) or a set saved in the app. */
const seedSourceSchema = z.union([
  z.object({ builtin: z.enum(BUILTIN_SEED_SETS) }).strict(),
  z.object({ file }).strict(),
  z.object({ setId: libraryId }).strict(),
])

const MAX_STOP = 1_000_000
/** The most fuzzing replicates a run may ask for: each costs a whole budget. */
export const MAX_ICE_REPLICATES = 10
/** The paper's budget: 1,000 target queries. */
export const DEFAULT_MAX_QUERIES = 1000
export const TARGET_FACT_MAX_CHARS = 2000
export const TARGET_FACT_MISSING =
  'Give the target’s true identity in one first-person sentence (for example “I am Qwen, a model built by Alibaba Cloud”). The judge compares every answer with it.'

/** METHOD.md 2.2's stop conditions; the paper stops at 1,000 queries and nothing else. */
const fuzzBudgetSchema = z
  .object({
    maxQueries: wholeNumberSchema(1, MAX_STOP).default(DEFAULT_MAX_QUERIES),
    maxSuccesses: wholeNumberSchema(1, MAX_STOP).optional(),
    maxRejects: wholeNumberSchema(1, MAX_STOP).optional(),
    maxIterations: wholeNumberSchema(1, MAX_STOP).optional(),
  })
  .strict()

export const iceSpecSchema = z
  .object({
    kind: z.literal('ice'),
    /** Optional label for the run list. */
    name: runNameSchema,
    models: z.record(aliasSchema, specModelSchema),
    target: aliasSchema,
    helper: aliasSchema,
    /** One judge; the same as `"judges": [judge]`. */
    judge: aliasSchema.optional(),
    /** A panel of one to five judges (issue 13): each answer's verdict is their majority; an even panel's tie is a split. */
    judges: judgesSchema(aliasSchema).optional(),
    /** The target's true identity, one first-person sentence (METHOD.md 2.1). */
    targetFact: z.string().trim().min(1, TARGET_FACT_MISSING).max(TARGET_FACT_MAX_CHARS, 'Keep the fact to 2,000 characters.'),
    questions: questionSourceSchema,
    seeds: seedSourceSchema,
    preset: z.enum(ICE_PRESET_IDS).default('as-published'),
    /**
     * The judges' prompts and how their replies are read. Absent: the preset's own
     * (`defaultJudgeSemantics`). No zod default, so a stored spec keeps its hash; the run freezes
     * its choice with its inputs.
     */
    judgeSemantics: z.enum(ICE_JUDGE_SEMANTICS).optional(),
    selection: z.enum(POLICY_NAMES).default('mcts-explore'),
    /** Mutants per iteration (METHOD.md 2.2). */
    energy: wholeNumberSchema(1, 20).default(1),
    /** Mutators to draw from; all five by default. */
    mutators: z.array(z.enum(MUTATOR_NAMES)).min(1, 'Keep at least one way of rewriting templates (a mutator).').max(MUTATOR_NAMES.length).optional(),
    /** The suspected source: the strict judge's vendors (METHOD.md 2.6). */
    suspectedVendors: wordListSchema('vendor', 20).default([...DEFAULT_SUSPECTED_VENDORS]),
    /** Hard's keywords; by default the suspected vendors' keywords (gpt, openai, claude, anthropic). */
    hardKeywords: wordListSchema('keyword', 50).optional(),
    /** Run the strict judge on loose positives (METHOD.md 2.6). */
    strict: z.boolean().default(true),
    budget: fuzzBudgetSchema.default({ maxQueries: DEFAULT_MAX_QUERIES }),
    /**
     * Independent fuzzing runs of the same target (issue 16), each with the whole budget and its own
     * seed; the headline is their mean with an interval that adds their spread. Absent: one. No zod
     * default, so a stored spec keeps its hash.
     */
    replicates: wholeNumberSchema(1, MAX_ICE_REPLICATES).optional(),
    /** Pause when the run's spending reaches this many US dollars. */
    budgetUsd: budgetUsdSchema,
    /** Seed of every random choice: the same seed and the same replies give the same run. */
    seed: seedSchema,
    /** Max requests in flight per model for this run; a model's own limit applies too, so the lower wins. */
    concurrency: concurrencySchema,
    /** Caps per server address, shared by every model of the run on that server (spec-model.ts). */
    endpoints: endpointsSchema.optional(),
  })
  .strict()
  .superRefine((spec, context) => {
    const names = new Set(Object.keys(spec.models))
    checkJudges(spec, context)
    for (const role of ['target', 'helper'] as const) {
      if (!names.has(spec[role])) context.addIssue({ code: 'custom', path: [role], message: `"${spec[role]}" is not one of the models defined in "models"` })
    }
    if (spec.mutators && new Set(spec.mutators).size !== spec.mutators.length)
      context.addIssue({ code: 'custom', path: ['mutators'], message: 'Each mutator can be listed once' })
  })

export type IceSpec = z.output<typeof iceSpecSchema>
export type IceSpecInput = z.input<typeof iceSpecSchema>
