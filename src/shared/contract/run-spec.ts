import { z } from 'zod'
import { iceSpecSchema } from './ice-spec'
import { aliasSchema, endpointsSchema, specModelSchema } from './spec-model'

export { aliasSchema, specModelSchema, type SpecModel } from './spec-model'

/**
 * The run specification: the same JSON in the app, in exports and on the command line
 * (docs/spec.md, with the JSON Schema generated from this file). Models are described in
 * spec-model.ts; ICE's own part is in ice-spec.ts.
 */
export const promptSetRefSchema = z
  .object({
    /** Shown in results; unique within a spec. */
    name: z.string().trim().min(1).max(80),
    /** A file (relative to the spec's folder on the command line) or a prompt set saved in the app. */
    file: z.string().min(1).max(1000).optional(),
    setId: z.string().min(1).max(64).optional(),
    /** Use n prompts drawn with `seed`; all of them when absent. */
    sample: z.number().int().min(1).max(200_000).optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(1),
  })
  .strict()
  .refine((set) => (set.file === undefined) !== (set.setId === undefined), { message: 'Give exactly one of "file" or "setId"' })

export const rseSpecSchema = z
  .object({
    kind: z.literal('rse'),
    /** Optional label for the run list. */
    name: z.string().trim().max(120).optional(),
    models: z.record(aliasSchema, specModelSchema),
    reference: aliasSchema,
    students: z.array(aliasSchema).min(1).max(50),
    judge: aliasSchema,
    promptSets: z.array(promptSetRefSchema).min(1).max(20),
    /** Max requests in flight per model for this run; a model's own limit applies too, so the lower wins. */
    concurrency: z.number().int().min(1).max(256).default(8),
    /** Caps per server address, shared by every model of the run on that server (spec-model.ts). */
    endpoints: endpointsSchema.optional(),
    /**
     * The judge's rubric (issue 15 item 4): ours, or one with the paper's structure (its system
     * message, a descriptor for every level, its anchors); `judgePrompt` replaces its user message.
     */
    rubric: z.enum(['distillscope', 'as-published']).optional(),
    /** The judge prompt, when changed from the default; must keep {question}, {reference}, {candidate}. */
    judgePrompt: z.string().max(20_000).optional(),
    /** Pause when the run's spending reaches this many US dollars. */
    budgetUsd: z.number().positive().max(1_000_000).optional(),
    /** Seed of the bootstrap intervals. */
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .default(1),
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
    if (spec.students.includes(spec.reference))
      context.addIssue({ code: 'custom', path: ['students'], message: 'The reference cannot also be a student (it scores 5 by definition)' })
    const setNames = spec.promptSets.map((set) => set.name)
    if (new Set(setNames).size !== setNames.length)
      context.addIssue({ code: 'custom', path: ['promptSets'], message: 'Each prompt set needs a different name' })
  })

export type RseSpec = z.output<typeof rseSpecSchema>
export type RseSpecInput = z.input<typeof rseSpecSchema>

/** Every kind of run, told apart by `kind`. */
export const runSpecSchema = z.discriminatedUnion('kind', [rseSpecSchema, iceSpecSchema])
export type RunSpec = z.output<typeof runSpecSchema>
export type RunSpecInput = z.input<typeof runSpecSchema>
