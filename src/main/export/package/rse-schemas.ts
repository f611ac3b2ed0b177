import { z } from 'zod'

/** The package's lines of an RSE run's data, as an import checks them (read-package.ts). */
const optionalText = z.string().optional()

/** data/rse-answers.jsonl: a model's first answer to a prompt. */
export const rseAnswerSchema = z
  .object({
    modelAlias: z.string(),
    setName: z.string(),
    itemId: z.string(),
    text: optionalText,
    errorClass: optionalText,
    errorMessage: optionalText,
    costUsd: z.number(),
    cached: z.boolean(),
  })
  .strict()

/** data/rse-judgments.jsonl: one judge's judgement of a student's first answer. */
export const rseJudgmentSchema = z
  .object({
    // Packages from before judge panels (issue 13) leave it out: their run's one judge gave every judgement (import-package fills it in).
    judgeAlias: z.string().optional(),
    studentAlias: z.string(),
    setName: z.string(),
    itemId: z.string(),
    overall: z.number().min(1).max(5).optional(),
    style: z.number().optional(),
    structure: z.number().optional(),
    content: z.number().optional(),
    explanation: optionalText,
    rawReply: optionalText,
    parsedVia: optionalText,
    reasked: z.boolean(),
    failedReason: optionalText,
  })
  .strict()

/**
 * Issue 16's lines (data/rse-extra-answers.jsonl, data/rse-check-judgments.jsonl): the same shapes
 * with the sample, the check's kind and the floor's paired prompt. Absent from packages of runs
 * without checks, and from older ones.
 */
export const rseExtraAnswerSchema = rseAnswerSchema.extend({ sample: z.number().int().min(1).max(100) }).strict()

export const rseCheckJudgmentSchema = rseJudgmentSchema
  .extend({
    kind: z.enum(['sample', 'ceiling', 'floor', 'swap']),
    judgeAlias: z.string(),
    sample: z.number().int().min(0).max(100),
    pairedItem: optionalText,
  })
  .strict()
