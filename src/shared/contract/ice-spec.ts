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

/** METHOD.md 2.2's stop conditions; the paper stops at 1,000 queries and nothing else. */
const fuzzBudgetSchema = z
  .object({
    maxQueries: z.number().int().min(1).max(1_000_000).default(1000),
    maxSuccesses: z.number().int().min(1).max(1_000_000).optional(),
    maxRejects: z.number().int().min(1).max(1_000_000).optional(),
    maxIterations: z.number().int().min(1).max(1_000_000).optional(),
  })
  .strict()

const vendorName = z.string().trim().min(1).max(80)
const keyword = z.string().trim().min(1).max(80)

export const iceSpecSchema = z
  .object({
    kind: z.literal('ice'),
    /** Optional label for the run list. */
    name: z.string().trim().max(120).optional(),
    models: z.record(aliasSchema, specModelSchema),
    target: aliasSchema,
    helper: aliasSchema,
    judge: aliasSchema,
    /** The target's true identity, one first-person sentence (METHOD.md 2.1). */
    targetFact: z.string().trim().min(1, "Give the target's identity fact").max(2000),
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
    energy: z.number().int().min(1).max(20).default(1),
    /** Mutators to draw from; all five by default. */
    mutators: z.array(z.enum(MUTATOR_NAMES)).min(1).max(MUTATOR_NAMES.length).optional(),
    /** The suspected source: the strict judge's vendors (METHOD.md 2.6). */
    suspectedVendors: z
      .array(vendorName)
      .min(1)
      .max(20)
      .default([...DEFAULT_SUSPECTED_VENDORS]),
    /** Hard's keywords; by default the suspected vendors' keywords (gpt, openai, claude, anthropic). */
    hardKeywords: z.array(keyword).min(1).max(50).optional(),
    /** Run the strict judge on loose positives (METHOD.md 2.6). */
    strict: z.boolean().default(true),
    budget: fuzzBudgetSchema.default({ maxQueries: 1000 }),
    /** Pause when the run's spending reaches this many US dollars. */
    budgetUsd: z.number().positive().max(1_000_000).optional(),
    /** Seed of every random choice: the same seed and the same replies give the same run. */
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(1),
    /** Max requests in flight per model for this run; a model's own limit applies too, so the lower wins. */
    concurrency: z.number().int().min(1).max(256).default(8),
    /** Caps per server address, shared by every model of the run on that server (spec-model.ts). */
    endpoints: endpointsSchema.optional(),
  })
  .strict()
  .superRefine((spec, context) => {
    const names = new Set(Object.keys(spec.models))
    for (const role of ['target', 'helper', 'judge'] as const) {
      if (!names.has(spec[role])) context.addIssue({ code: 'custom', path: [role], message: `"${spec[role]}" is not one of the models defined in "models"` })
    }
    if (spec.mutators && new Set(spec.mutators).size !== spec.mutators.length)
      context.addIssue({ code: 'custom', path: ['mutators'], message: 'Each mutator can be listed once' })
  })

export type IceSpec = z.output<typeof iceSpecSchema>
export type IceSpecInput = z.input<typeof iceSpecSchema>
