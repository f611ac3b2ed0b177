import { z } from 'zod'

/**
 * The package's lines for issue 16's RSE data (data/rse-extra-answers.jsonl and
 * data/rse-check-judgments.jsonl): absent from packages of runs without checks, and from older ones.
 */
const optionalText = z.string().optional()

export const rseExtraAnswerSchema = z
  .object({
    modelAlias: z.string(),
    setName: z.string(),
    itemId: z.string(),
    sample: z.number().int().min(1).max(100),
    text: optionalText,
    errorClass: optionalText,
    errorMessage: optionalText,
    costUsd: z.number(),
    cached: z.boolean(),
  })
  .strict()

export const rseCheckJudgmentSchema = z
  .object({
    kind: z.enum(['sample', 'ceiling', 'floor', 'swap']),
    judgeAlias: z.string(),
    studentAlias: z.string(),
    setName: z.string(),
    itemId: z.string(),
    sample: z.number().int().min(0).max(100),
    pairedItem: optionalText,
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
