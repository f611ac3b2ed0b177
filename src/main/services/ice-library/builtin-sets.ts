import type { IceSetSummary } from '../../../shared/contract/ice-library'
import { BUILTIN_QUESTION_SETS, BUILTIN_SEED_SETS, type BuiltinQuestionSet, type BuiltinSeedSet } from '../../../shared/ice/names'
import { builtinIdentityQuestions, builtinSeedTemplates } from '../../core/evaluators/ice/data/builtin-data'
import type { IceSetItems } from '../../storage/repos/ice-sets'
import { contentHashOf, countsOf } from './set-content'

/**
 * The sets Distillscope ships (written by its team, resources/ice). They are not stored in the
 * database: they are listed beside the stored ones, under ids equal to their names in the run spec
 * (`{"builtin": "identity-en"}` and `{"setId": "identity-en"}` mean the same set).
 */
export type BuiltinSet = Omit<IceSetSummary, 'createdAt'> & IceSetItems

const TEAM_NOTE = 'Written by the Distillscope team for ICE; ships with the app.'

const QUESTION_SETS: Readonly<Record<BuiltinQuestionSet, { name: string; language?: 'en' | 'zh' }>> = {
  'identity-en-zh': { name: 'Identity questions (English and Chinese)' },
  'identity-en': { name: 'Identity questions (English)', language: 'en' },
  'identity-zh': { name: 'Identity questions (Chinese)', language: 'zh' },
}

const SEED_SETS: Readonly<Record<BuiltinSeedSet, { name: string }>> = {
  'distillscope-roleplay-v1': { name: 'Distillscope role-play templates v1' },
}

function describe(id: string, name: string, items: IceSetItems): BuiltinSet {
  const note =
    items.kind === 'questions'
      ? `${TEAM_NOTE} Questions about who made the model: team, cooperation, industry, technology and geography.`
      : `${TEAM_NOTE} Mild role-play templates, each with the [INSERT PROMPT HERE] placeholder.`
  return { id, name, builtin: true, sourceNote: note, itemCount: items.items.length, counts: countsOf(items), contentHash: contentHashOf(items), ...items }
}

let cache: readonly BuiltinSet[] | undefined

/** Question sets first, in the order of BUILTIN_QUESTION_SETS, then seed sets. */
export function builtinSets(): readonly BuiltinSet[] {
  cache ??= [
    ...BUILTIN_QUESTION_SETS.map((id) => {
      const { name, language } = QUESTION_SETS[id]
      const items = builtinIdentityQuestions().filter((question) => language === undefined || question.language === language)
      return describe(id, name, { kind: 'questions', items })
    }),
    ...BUILTIN_SEED_SETS.map((id) => describe(id, SEED_SETS[id].name, { kind: 'seeds', items: builtinSeedTemplates() })),
  ]
  return cache
}

export function builtinSet(id: string): BuiltinSet | undefined {
  return builtinSets().find((set) => set.id === id)
}

/** A built-in's summary; built-ins are not stored, so `createdAt` is supplied (when the app started). */
export function builtinSummary(set: BuiltinSet, createdAt: string): IceSetSummary {
  const { id, kind, name, sourceNote, itemCount, counts, contentHash } = set
  return { id, kind, name, builtin: true, sourceNote, itemCount, counts, contentHash, createdAt }
}
