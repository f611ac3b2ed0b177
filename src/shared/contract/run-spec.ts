import { z } from 'zod'
import { iceSpecSchema } from './ice-spec'
import { checkJudges } from './judges-of'
import { budgetUsdSchema, concurrencySchema, judgesSchema, runNameSchema, seedSchema, wholeNumberSchema } from './run-spec-fields'
import { aliasSchema, endpointsSchema, specModelSchema } from './spec-model'

export { aliasSchema, specModelSchema, type SpecModel } from './spec-model'

/** The most prompts a run draws from one set. */
export const MAX_SAMPLE = 200_000
export const MAX_STUDENTS = 50
export const MAX_PROMPT_SETS = 20
export const JUDGE_PROMPT_MAX_CHARS = 20_000
export const MAX_STUDENT_SAMPLES = 10
export const MAX_POSITION_CHECK = 10_000
export const REFERENCE_IS_STUDENT_MESSAGE = 'The reference cannot also be a student (it scores 5 by definition).'

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
    sample: wholeNumberSchema(1, MAX_SAMPLE).optional(),
    seed: seedSchema,
  })
  .strict()
  .refine((set) => (set.file === undefined) !== (set.setId === undefined), { message: 'Give exactly one of "file" or "setId"' })

export const rseSpecSchema = z
  .object({
    kind: z.literal('rse'),
    /** Optional label for the run list. */
    name: runNameSchema,
    models: z.record(aliasSchema, specModelSchema),
    reference: aliasSchema,
    students: z.array(aliasSchema).min(1, 'Choose at least one student model.').max(MAX_STUDENTS, `A run compares at most ${MAX_STUDENTS} students.`),
    /** One judge; the same as `"judges": [judge]`. */
    judge: aliasSchema.optional(),
    /** A panel of one to five judges (issue 13): each item's score is the mean of theirs. */
    judges: judgesSchema(aliasSchema).optional(),
    promptSets: z
      .array(promptSetRefSchema)
      .min(1, 'Choose at least one prompt set.')
      .max(MAX_PROMPT_SETS, `A run uses at most ${MAX_PROMPT_SETS} prompt sets.`),
    /** Max requests in flight per model for this run; a model's own limit applies too, so the lower wins. */
    concurrency: concurrencySchema,
    /** Caps per server address, shared by every model of the run on that server (spec-model.ts). */
    endpoints: endpointsSchema.optional(),
    /**
     * The judge's rubric (issue 15 item 4): ours, or one with the paper's structure (its system
     * message, a descriptor for every level, its anchors); `judgePrompt` replaces its user message.
     */
    rubric: z.enum(['distillscope', 'as-published']).optional(),
    /** The judge prompt, when changed from the default; must keep {question}, {reference}, {candidate}. */
    judgePrompt: z.string().max(JUDGE_PROMPT_MAX_CHARS, 'Keep the prompt to 20,000 characters.').optional(),
    /** Pause when the run's spending reaches this many US dollars. */
    budgetUsd: budgetUsdSchema,
    /** Seed of the bootstrap intervals. */
    seed: seedSchema,
    /**
     * Issue 16 item 1: also measure a ceiling (a second sample of the reference judged against its
     * first) and a floor (each student's answer judged against the reference answer of another prompt
     * of its set), and report RSE normalised between them. Off when absent (no default: stored specs keep their hashes).
     */
    calibration: z.boolean().optional(),
    /** Issue 16 item 2: how many answers each student gives to each prompt (each a separate sample, each judged); 1 when absent. */
    studentSamples: wholeNumberSchema(1, MAX_STUDENT_SAMPLES).optional(),
    /** Issue 16 item 3: this many judged (student, prompt) pairs, drawn with the run's seed, are judged again with the two answers' roles swapped. */
    positionCheck: wholeNumberSchema(1, MAX_POSITION_CHECK).optional(),
  })
  .strict()
  .superRefine((spec, context) => {
    const names = new Set(Object.keys(spec.models))
    const check = (name: string, path: (string | number)[]) => {
      if (!names.has(name)) context.addIssue({ code: 'custom', path, message: `"${name}" is not one of the models defined in "models"` })
    }
    check(spec.reference, ['reference'])
    checkJudges(spec, context)
    spec.students.forEach((student, index) => check(student, ['students', index]))
    if (spec.students.includes(spec.reference)) context.addIssue({ code: 'custom', path: ['students'], message: REFERENCE_IS_STUDENT_MESSAGE })
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
