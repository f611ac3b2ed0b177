import { z } from 'zod'
import { ICE_CATEGORIES, ICE_LANGUAGES } from '../types'
import { PLACEHOLDER } from '../placeholder'

/** The bundled ICE data files (resources/ice), and the same shapes when a user edits them. */

const text = z.string().trim().min(1)

export const identityFactSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase letters, digits and hyphens'),
    vendor: text,
    series: z.array(text),
    keywords: z.array(text.toLowerCase()).min(1),
    fact: text,
    /** The same fact in the paper's two-sentence form: who made me, then where my maker is based. */
    paperForm: text.optional(),
  })
  .strict()

export const identityQuestionSchema = z
  .object({
    id: text,
    pair: text.optional(),
    category: z.enum(ICE_CATEGORIES),
    language: z.enum(ICE_LANGUAGES),
    text,
  })
  .strict()

export const seedTemplateSchema = z
  .object({
    id: text,
    text: text.refine((value) => value.includes(PLACEHOLDER), `a template needs the placeholder ${PLACEHOLDER}`),
  })
  .strict()

function uniqueIds<T extends { id: string }>(items: readonly T[], context: z.RefinementCtx): void {
  const seen = new Set<string>()
  items.forEach((item, index) => {
    if (seen.has(item.id)) context.addIssue({ code: 'custom', message: `duplicate id "${item.id}"`, path: [index, 'id'] })
    seen.add(item.id)
  })
}

const fileOf = <T extends z.ZodType<{ id: string }>>(key: string, item: T) =>
  z.object({ version: z.literal(1), note: text, [key]: z.array(item).min(1).superRefine(uniqueIds) }).strict()

export const identityFactsFileSchema = fileOf('facts', identityFactSchema)
export const identityQuestionsFileSchema = fileOf('questions', identityQuestionSchema)
export const seedTemplatesFileSchema = fileOf('templates', seedTemplateSchema)
