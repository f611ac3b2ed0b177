import type { z } from 'zod'
import factsFile from '../../../../../../resources/ice/identity-facts.json'
import questionsFile from '../../../../../../resources/ice/identity-questions.json'
import templatesFile from '../../../../../../resources/ice/seed-templates.json'
import type { IdentityFact, IdentityQuestion, SeedTemplate } from '../types'
import { identityFactsFileSchema, identityQuestionsFileSchema, seedTemplatesFileSchema } from './schemas'

/**
 * The data Distillscope ships for ICE (METHOD.md 2.1), written by its team: identity facts per
 * vendor, 25 + 25 identity questions, and a few mild seed templates. Checked with zod on first use:
 * a malformed file is a build mistake, so it fails loudly, naming the field.
 */

export class IceDataError extends Error {
  constructor(file: string, error: z.ZodError) {
    const first = error.issues[0]
    super(`resources/ice/${file} is invalid at ${first?.path.join('.') || '(root)'}: ${first?.message ?? 'unknown problem'}`)
    this.name = 'IceDataError'
  }
}

function check<T>(file: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new IceDataError(file, parsed.error)
  return parsed.data
}

let cache: { facts: IdentityFact[]; questions: IdentityQuestion[]; templates: SeedTemplate[] } | undefined

/** Validates `value` as the file would be; exported so tests (and a future editor) can reuse it. */
export function loadIceData(files: { facts: unknown; questions: unknown; templates: unknown }) {
  const facts = check('identity-facts.json', identityFactsFileSchema, files.facts).facts as IdentityFact[]
  const questions = (check('identity-questions.json', identityQuestionsFileSchema, files.questions).questions as (IdentityQuestion & { pair?: string })[]).map(
    ({ id, text, category, language }) => ({ id, text, category, language }),
  )
  const templates = check('seed-templates.json', seedTemplatesFileSchema, files.templates).templates as SeedTemplate[]
  return { facts, questions, templates }
}

function bundled() {
  cache ??= loadIceData({ facts: factsFile, questions: questionsFile, templates: templatesFile })
  return cache
}

export const builtinIdentityFacts = (): readonly IdentityFact[] => bundled().facts
export const builtinIdentityQuestions = (): readonly IdentityQuestion[] => bundled().questions
export const builtinSeedTemplates = (): readonly SeedTemplate[] => bundled().templates

/** The fact for a vendor, by id or name (case-insensitive), or undefined. */
export function identityFactFor(vendor: string): IdentityFact | undefined {
  const wanted = vendor.trim().toLowerCase()
  return builtinIdentityFacts().find((fact) => fact.id === wanted || fact.vendor.toLowerCase() === wanted)
}

/** The vendors the paper's strict judge suspects (METHOD.md 2.6). */
export { DEFAULT_SUSPECTED_VENDORS } from '../../../../../shared/ice/names'

/** Hard's keywords for a vendor list: the vendors' own keywords (defaults give gpt, openai, claude, anthropic). */
export function hardKeywordsFor(vendors: readonly string[]): string[] {
  return vendors.flatMap((vendor) => identityFactFor(vendor)?.keywords ?? [vendor.trim().toLowerCase()])
}
