import { z } from 'zod'
import { PRESET_IDS } from '../providers/presets'
import { generationSchema, limitsSchema, pricesSchema } from './models'
import { envVarNameSchema, headersSchema } from './providers'

/**
 * The run specification: the same JSON in the app, in exports and on the command line
 * (docs/spec.md, with the JSON Schema generated from this file). A model is either one saved in
 * the app (`modelId`) or described inline, the command line's usual form, with its key in an
 * environment variable.
 */
const inlineModelSchema = z
  .object({
    /** A provider preset id (openai, anthropic, deepseek, ... or custom). */
    provider: z.enum(PRESET_IDS),
    /** Defaults to the preset's address. Required for custom. */
    baseURL: z.string().max(500).optional(),
    /** Wire protocol; defaults to the preset's. */
    kind: z.enum(['openai', 'anthropic']).optional(),
    model: z.string().trim().min(1).max(200),
    apiKeyEnv: envVarNameSchema.optional(),
    headers: headersSchema.optional(),
    timeoutMs: z.number().int().min(1_000).max(30 * 60_000).optional(),
    generation: generationSchema.partial().optional(),
    prices: pricesSchema.optional(),
    limits: limitsSchema.partial().optional(),
  })
  .strict()

const savedModelSchema = z.object({ modelId: z.string().min(1).max(64) }).strict()

export const specModelSchema = z.union([savedModelSchema, inlineModelSchema])
export type SpecModel = z.infer<typeof specModelSchema>

const alias = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'Model names in a spec use letters, digits, _ . and - (at most 40)')

export const promptSetRefSchema = z
  .object({
    /** Shown in results; unique within a spec. */
    name: z.string().trim().min(1).max(80),
    /** A file (relative to the spec's folder on the command line) or a prompt set saved in the app. */
    file: z.string().min(1).max(1000).optional(),
    setId: z.string().min(1).max(64).optional(),
    /** Use n prompts drawn with `seed`; all of them when absent. */
    sample: z.number().int().min(1).max(200_000).optional(),
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  })
  .strict()
  .refine((set) => (set.file === undefined) !== (set.setId === undefined), { message: 'Give exactly one of "file" or "setId"' })

export const rseSpecSchema = z
  .object({
    kind: z.literal('rse'),
    /** Optional label for the run list. */
    name: z.string().trim().max(120).optional(),
    models: z.record(alias, specModelSchema),
    reference: alias,
    students: z.array(alias).min(1).max(50),
    judge: alias,
    promptSets: z.array(promptSetRefSchema).min(1).max(20),
    /** Default max concurrent requests per model (a model's own limit wins when lower). */
    concurrency: z.number().int().min(1).max(256).default(8),
    /** The judge prompt, when changed from the default; must keep {question}, {reference}, {candidate}. */
    judgePrompt: z.string().max(20_000).optional(),
    /** Pause when the run's spending reaches this many US dollars. */
    budgetUsd: z.number().positive().max(1_000_000).optional(),
    /** Seed of the bootstrap intervals. */
    seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  })
  .strict()
  .superRefine((spec, context) => {
    const names = new Set(Object.keys(spec.models))
    const check = (name: string, path: (string | number)[]) => {
      if (!names.has(name)) context.addIssue({ code: 'custom', path, message: `"${name}" is not one of the models defined in "models"` })
    }
    check(spec.reference, ['reference'])
    check(spec.judge, ['judge'])
    spec.students.forEach((student, index) => check(student, ['students', index]))
    if (spec.students.includes(spec.reference)) context.addIssue({ code: 'custom', path: ['students'], message: 'The reference cannot also be a student (it scores 5 by definition)' })
    const setNames = spec.promptSets.map((set) => set.name)
    if (new Set(setNames).size !== setNames.length) context.addIssue({ code: 'custom', path: ['promptSets'], message: 'Each prompt set needs a different name' })
  })

export type RseSpec = z.output<typeof rseSpecSchema>
export type RseSpecInput = z.input<typeof rseSpecSchema>

/** Every kind of run; ICE joins here. */
export const runSpecSchema = rseSpecSchema
export type RunSpec = RseSpec
