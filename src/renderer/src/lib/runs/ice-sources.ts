import type { IceSetSummary, IdentityFactView, Model, Provider } from '../../../../shared/contract/index'
import { BUILTIN_QUESTION_SETS, BUILTIN_SEED_SETS, DEFAULT_HARD_KEYWORDS, DEFAULT_SUSPECTED_VENDORS } from '../../../../shared/ice/names'
import { vendorFamily } from '../../../../shared/providers/families'
import { formatCount, LANGUAGE_LABELS } from '../format'
import { BUILTIN_QUESTION_LABELS, BUILTIN_SEED_LABELS, type Described } from './ice-labels'

/*
 * What the ICE wizard offers from the library (METHOD.md 2.1): question and seed sets, the target's
 * identity fact, and the suspected source's keywords. No React here.
 */

export type SourceKind = 'questions' | 'seeds'

/** A question or seed source: `builtin:<name>` (shipped with the app) or `set:<id>` (the library). */
export interface SourceOption {
  readonly value: string
  readonly label: string
  readonly description: string
}

export type SpecSource = { readonly builtin: string } | { readonly setId: string }

const BUILTIN_PREFIX = 'builtin:'
const SET_PREFIX = 'set:'

function builtinNames(kind: SourceKind): readonly string[] {
  return kind === 'questions' ? BUILTIN_QUESTION_SETS : BUILTIN_SEED_SETS
}

/** The built-in name a library entry stands for ("identity-en" or "builtin-identity-en"), if any. */
function builtinNameOf(set: Pick<IceSetSummary, 'id' | 'builtin'>, kind: SourceKind): string | undefined {
  if (!set.builtin) return undefined
  return builtinNames(kind).find((name) => set.id === name || set.id === `builtin-${name}` || set.id === `builtin:${name}`)
}

function setDescription(set: IceSetSummary, kind: SourceKind): string {
  const parts: string[] = []
  if (kind === 'questions') {
    const languages = Object.entries(set.counts)
      .filter(([, n]) => n > 0)
      .map(
        ([language, n]) =>
          `${formatCount(n)} ${Object.hasOwn(LANGUAGE_LABELS, language) ? LANGUAGE_LABELS[language as keyof typeof LANGUAGE_LABELS] : 'untagged'}`,
      )
    parts.push(`${formatCount(set.itemCount)} questions${languages.length > 1 ? ` (${languages.join(', ')})` : ''}`)
  } else {
    const without = set.counts['withoutPlaceholder'] ?? set.counts['without'] ?? 0
    parts.push(`${formatCount(set.itemCount)} templates${without > 0 ? `, ${formatCount(without)} without the question’s place` : ''}`)
  }
  if (set.sourceNote) parts.push(set.sourceNote)
  return parts.join('. ')
}

/**
 * Built-ins first (always offered, so the wizard works even while the library cannot be read),
 * then the sets saved in the library. A library entry for a built-in lends it its size.
 */
export function sourceOptions(kind: SourceKind, sets: readonly IceSetSummary[] | undefined): readonly SourceOption[] {
  const ofKind = (sets ?? []).filter((set) => set.kind === kind)
  const labels: Readonly<Record<string, Described>> = kind === 'questions' ? BUILTIN_QUESTION_LABELS : BUILTIN_SEED_LABELS
  const builtins = builtinNames(kind).map((name): SourceOption => {
    const described = labels[name] ?? { label: name, description: '' }
    const stored = ofKind.find((set) => builtinNameOf(set, kind) === name)
    const size = stored ? `${formatCount(stored.itemCount)} ${kind === 'questions' ? 'questions' : 'templates'}. ` : ''
    return { value: `${BUILTIN_PREFIX}${name}`, label: described.label, description: `${size}${described.description}` }
  })
  const library = ofKind
    .filter((set) => builtinNameOf(set, kind) === undefined)
    .map((set): SourceOption => ({ value: `${SET_PREFIX}${set.id}`, label: set.name, description: setDescription(set, kind) }))
  return [...builtins, ...library]
}

/** The spec's `questions` / `seeds` for an option value; undefined for anything else. */
export function specSource(value: string): SpecSource | undefined {
  if (value.startsWith(BUILTIN_PREFIX) && value.length > BUILTIN_PREFIX.length) return { builtin: value.slice(BUILTIN_PREFIX.length) }
  if (value.startsWith(SET_PREFIX) && value.length > SET_PREFIX.length) return { setId: value.slice(SET_PREFIX.length) }
  return undefined
}

export function sourceLabel(value: string, options: readonly SourceOption[]): string {
  return options.find((option) => option.value === value)?.label ?? value
}

// ---------------------------------------------------------------------------------------------
// The target's identity fact

export type FactReason = 'saved' | 'simulated' | 'family'

export interface FactSuggestion {
  readonly factId: string
  /** Why this fact: the model names it, the model is the Offline demo's, or its id looks like the vendor's. */
  readonly reason: FactReason
}

/** The Offline demo's targets say they are "Simulated Model by Distillscope Labs". */
const SIMULATOR_FACT_IDS = ['simulator', 'distillscope-labs']

/**
 * The fact to prefill for a target: the one its model names, else the Offline demo's for a
 * simulated model, else the fact of the vendor its model id suggests (gpt-4o: OpenAI). Undefined
 * when nothing fits: the person then chooses or writes one, and the step says so.
 */
export function suggestFact(model: Model | undefined, facts: readonly IdentityFactView[], providers: readonly Provider[]): FactSuggestion | undefined {
  if (!model) return undefined
  const saved = model.identityFactId
  if (saved && facts.some((fact) => fact.id === saved)) return { factId: saved, reason: 'saved' }
  const simulated = providers.some((provider) => provider.id === model.providerId && provider.preset === 'simulator')
  if (simulated) {
    const fact = facts.find((candidate) => SIMULATOR_FACT_IDS.includes(candidate.id) || /distillscope/i.test(candidate.vendor))
    return fact ? { factId: fact.id, reason: 'simulated' } : undefined
  }
  const family = vendorFamily(model.model)
  if (family === undefined) return undefined
  const fact = facts.find((candidate) => candidate.vendor.toLowerCase() === family.toLowerCase())
  return fact ? { factId: fact.id, reason: 'family' } : undefined
}

// ---------------------------------------------------------------------------------------------
// The suspected source (METHOD.md 2.6)

export interface SourceDefaults {
  readonly suspectedVendors: readonly string[]
  readonly hardKeywords: readonly string[]
}

export const FALLBACK_DEFAULTS: SourceDefaults = { suspectedVendors: DEFAULT_SUSPECTED_VENDORS, hardKeywords: DEFAULT_HARD_KEYWORDS }

/**
 * Hard's keywords for a list of suspected vendors: each vendor's keywords from its identity fact,
 * or its own name in lower case when the library has no fact for it. The default vendors keep the
 * default keywords, so a run with the paper's source reads exactly as the paper's.
 */
export function keywordsFor(vendors: readonly string[], facts: readonly IdentityFactView[], defaults: SourceDefaults = FALLBACK_DEFAULTS): readonly string[] {
  const same =
    vendors.length === defaults.suspectedVendors.length &&
    vendors.every((vendor) => defaults.suspectedVendors.some((known) => known.toLowerCase() === vendor.trim().toLowerCase()))
  if (same) return defaults.hardKeywords
  const keywords: string[] = []
  for (const vendor of vendors) {
    const fact = facts.find((candidate) => candidate.vendor.toLowerCase() === vendor.trim().toLowerCase())
    for (const keyword of fact ? fact.keywords : [vendor.trim().toLowerCase()]) {
      if (keyword !== '' && !keywords.includes(keyword.toLowerCase())) keywords.push(keyword.toLowerCase())
    }
  }
  return keywords
}

// ---------------------------------------------------------------------------------------------
// Sizes, for explaining the budget

/** The built-in question sets' sizes (resources/ice/identity-questions.json), used until the library answers. */
const BUILTIN_QUESTION_COUNTS: Readonly<Record<string, number>> = { 'identity-en-zh': 50, 'identity-en': 25, 'identity-zh': 25 }

/** How many questions a source holds; undefined when not known. */
export function questionCount(value: string, sets: readonly IceSetSummary[] | undefined): number | undefined {
  const source = specSource(value)
  if (!source) return undefined
  if ('setId' in source) return sets?.find((set) => set.id === source.setId)?.itemCount
  const stored = sets?.find((set) => set.kind === 'questions' && builtinNameOf(set, 'questions') === source.builtin)
  return stored?.itemCount ?? BUILTIN_QUESTION_COUNTS[source.builtin]
}

/**
 * What a query budget means (METHOD.md 2.2): every rewritten template is asked every question, so
 * 1,000 queries over 50 questions are 20 templates.
 */
export function budgetExplanation(maxQueries: number | undefined, questions: number | undefined): string {
  if (maxQueries === undefined || questions === undefined || questions <= 0)
    return 'Each rewritten template is asked every question; the run stops when this many questions have been asked.'
  const templates = Math.ceil(maxQueries / questions)
  return `With ${formatCount(questions)} questions, about ${formatCount(templates)} rewritten ${templates === 1 ? 'template is' : 'templates are'} asked every question (${formatCount(templates * questions)} answers to judge). The paper used 1,000 queries: 20 templates × 50 questions.`
}

/** A spec's question or seed source in words, for a run's page (the library may have changed since). */
export function specSourceText(source: { readonly builtin: string } | { readonly setId: string } | { readonly file: string }, kind: SourceKind): string {
  const labels: Readonly<Record<string, Described>> = kind === 'questions' ? BUILTIN_QUESTION_LABELS : BUILTIN_SEED_LABELS
  if ('builtin' in source) return labels[source.builtin]?.label ?? source.builtin
  // A built-in can be named by its id as a set too ({"setId": "identity-en"}).
  if ('setId' in source) return labels[source.setId]?.label ?? `A saved set (${source.setId})`
  return `The file ${source.file}`
}
