import { AppError } from '../../../shared/contract/errors'
import type {
  IceDefaults,
  IceSetDetail,
  IceSetImportResult,
  IceSetKind,
  IceSetSummary,
  IdentityFactInput,
  PaperLogSummary,
} from '../../../shared/contract/ice-library'
import type { IceSpec } from '../../../shared/contract/ice-spec'
import { DEFAULT_SUSPECTED_VENDORS } from '../../../shared/ice/names'
import type { EventBus } from '../../core/event-bus'
import { DEFAULT_DOWNLOAD_BASE_URL } from '../../core/files/download-sources'
import type { Db } from '../../storage/database'
import { createIceSetsRepo } from '../../storage/repos/ice-sets'
import { createIdentityFactsRepo } from '../../storage/repos/identity-facts'
import { createModelsRepo } from '../../storage/repos/models'
import { builtinSet, builtinSets, builtinSummary } from './builtin-sets'
import { createFacts } from './facts'
import { downloadGptfuzz } from './gptfuzz-download'
import { loadQuestions, loadSeeds, type LoadOptions } from './load-for-run'
import { paperLogSummary, scorePaperLog } from './paper-log'
import { parseSetFile } from './parse-set'
import { questionView, templateView } from './set-content'
import { storeSet, summaryOf } from './store-set'

export interface IceLibraryDeps {
  readonly db: Db
  readonly events: EventBus
  /** Where GPTFuzz is downloaded from; tests point it at a local server. */
  readonly downloadBaseUrl?: string
  readonly downloadTimeoutMs?: number
}

interface FileInput {
  readonly fileName: string
  readonly content: string
}

const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000

/**
 * ICE's library (METHOD.md 2.1) for every way in: the routes of contract/ice-library.ts, and what
 * an ICE run needs (loadQuestions, loadSeeds, facts, factFor). Built-in sets are listed first;
 * they are not stored, so their `createdAt` is when this service started.
 */
export function createIceLibraryService(deps: IceLibraryDeps) {
  const sets = createIceSetsRepo(deps.db)
  const models = createModelsRepo(deps.db)
  const startedAt = new Date().toISOString()
  const setsChanged = () => deps.events.emit('ice.changed', { what: 'sets' })
  const facts = createFacts({
    repo: createIdentityFactsRepo(deps.db),
    changed: () => deps.events.emit('ice.changed', { what: 'facts' }),
    modelsChanged: () => deps.events.emit('models.changed', models.list()),
  })
  const announced = (result: IceSetImportResult) => {
    if (result.created) setsChanged()
    return result
  }

  function getSet(id: string): IceSetDetail {
    const found = builtinSet(id) ?? sets.get(id)
    if (!found) throw new AppError('not_found', `There is no question or template set "${id}"; it may have been deleted.`)
    const set = 'builtin' in found ? builtinSummary(found, startedAt) : summaryOf(found)
    return found.kind === 'questions' ? { set, questions: found.items.map(questionView) } : { set, templates: found.items.map(templateView) }
  }

  const defaults = (): IceDefaults => ({ suspectedVendors: [...DEFAULT_SUSPECTED_VENDORS], hardKeywords: facts.hardKeywordsFor(DEFAULT_SUSPECTED_VENDORS) })

  return {
    defaults,
    facts: facts.list,
    factFor: facts.factFor,
    /** A saved or built-in set's source and licence note; undefined when the set is gone. */
    sourceNoteOf: (id: string): string | undefined => {
      const found = builtinSet(id) ?? sets.get(id)
      return found === undefined ? undefined : 'builtin' in found ? builtinSummary(found, startedAt).sourceNote : summaryOf(found).sourceNote
    },
    /** Whether an identity fact with this id exists (a saved model names its own). */
    factExists: facts.exists,
    hardKeywordsFor: facts.hardKeywordsFor,
    saveFact: (input: IdentityFactInput) => facts.save(input),
    resetFact: (id: string) => facts.reset(id),

    listSets: (kind?: IceSetKind): IceSetSummary[] => [
      ...builtinSets()
        .filter((set) => kind === undefined || set.kind === kind)
        .map((set) => builtinSummary(set, startedAt)),
      ...sets.list(kind).map(summaryOf),
    ],
    getSet,
    importSet(input: { kind: IceSetKind; name: string } & FileInput): IceSetImportResult {
      const parsed = parseSetFile(input.kind, input.fileName, input.content, 'Nothing was imported.')
      const details = { name: input.name, sourceNote: `Imported from ${input.fileName}.`, origin: { fileName: input.fileName } }
      return announced(storeSet(sets, parsed, details, startedAt))
    },
    async downloadGptfuzz(): Promise<IceSetImportResult> {
      const settings = {
        baseUrl: deps.downloadBaseUrl ?? DEFAULT_DOWNLOAD_BASE_URL,
        timeoutMs: deps.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS,
        builtinCreatedAt: startedAt,
      }
      return announced(await downloadGptfuzz(sets, settings))
    },
    deleteSet(id: string): void {
      const builtin = builtinSet(id)
      if (builtin) throw new AppError('conflict', `"${builtin.name}" comes with Distillscope and cannot be deleted.`)
      if (!sets.delete(id)) throw new AppError('not_found', `There is no question or template set "${id}"; it may have been deleted already.`)
      setsChanged()
    },

    scorePaperLog(input: { attackLog: FileInput; strictCsv?: FileInput; keywords?: readonly string[] }): PaperLogSummary {
      const keywords = input.keywords ?? defaults().hardKeywords
      return paperLogSummary(scorePaperLog({ attackLog: input.attackLog, ...(input.strictCsv ? { strictCsv: input.strictCsv } : {}), keywords }))
    },

    /** For ICE runs: the questions a spec names (see load-for-run.ts). */
    loadQuestions: (source: IceSpec['questions'], options: LoadOptions = {}) => loadQuestions(sets, source, options),
    /** For ICE runs: the seed templates a spec names. */
    loadSeeds: (source: IceSpec['seeds'], options: LoadOptions = {}) => loadSeeds(sets, source, options),
  }
}

export type IceLibraryService = ReturnType<typeof createIceLibraryService>
