import { basename, extname } from 'node:path'
import { AppError } from '../../../shared/contract/errors'
import type {
  DownloadSource,
  FieldMapping,
  PromptSample,
  PromptSet,
  PromptSetImportResult,
  PromptSetPage,
  PromptSetPreview,
} from '../../../shared/contract/prompt-sets'
import type { PromptSetsRepo } from '../../storage/repos/prompt-sets'
import type { EventBus } from '../../core/event-bus'
import { syncBuiltinPromptSets } from './builtins'
import { checkPromptSetForRun } from './check-for-run'
import { downloadPromptSet } from './download-set'
import { DEFAULT_DOWNLOAD_BASE_URL } from '../../core/files/download-sources'
import { loadPromptSetForRun, type LoadedPromptSet, type RunPromptSetSource } from './load-for-run'
import { prepareImport } from '../../core/evaluators/rse/import/prepare-import'
import { toPreview } from '../../core/evaluators/rse/import/preview'
import { readPromptFile } from '../../core/files/read-prompt-file'
import { mustGetSet, samplePromptSet } from './sample-set'
import { storeImport } from './store-import'
import { refuseDuplicateName } from '../providers/unique-name'

export interface PromptSetServiceDeps {
  readonly repo: PromptSetsRepo
  readonly events: EventBus
  /** Where public sets are downloaded from; tests point it at a local server. */
  readonly downloadBaseUrl?: string
  readonly downloadTimeoutMs?: number
}

export interface ImportInput {
  readonly fileName: string
  readonly content: string
  readonly name: string
  readonly domain: PromptSet['domain']
  readonly sourceNote?: string
  readonly mapping?: FieldMapping
  readonly keepDuplicates?: boolean
  readonly skipInvalid?: boolean
}

/** A file named by path; the name defaults to the file's name, the domain to "other". */
export interface ImportFileInput extends Omit<ImportInput, 'fileName' | 'content' | 'name' | 'domain'> {
  readonly path: string
  readonly name?: string
  readonly domain?: PromptSet['domain']
}

const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000

/** Prompt sets for every way in (window, browser, command line, run engine); built-ins are written on creation. */
export function createPromptSetService(deps: PromptSetServiceDeps) {
  const { repo } = deps
  syncBuiltinPromptSets(repo)
  const announce = () => deps.events.emit('promptSets.changed', repo.list())
  const announced = <T extends { created: boolean }>(result: T): T => {
    if (result.created) announce()
    return result
  }

  function importContent(input: ImportInput): PromptSetImportResult {
    // Before the file is read: a taken name is reported alone, not among the file's problems.
    refuseDuplicateName('prompt set', input.name, repo.list())
    const options = { keepDuplicates: input.keepDuplicates ?? false, skipInvalid: input.skipInvalid ?? false }
    const prepared = prepareImport(input.fileName, input.content, {
      ...(input.mapping ? { mapping: input.mapping } : {}),
      keepDuplicates: options.keepDuplicates,
    })
    const details = { name: input.name, domain: input.domain, ...(input.sourceNote ? { sourceNote: input.sourceNote } : {}) }
    return announced(storeImport(repo, prepared, details, options))
  }

  return {
    list: (): PromptSet[] => repo.list(),
    get(id: string, offset: number, limit: number): PromptSetPage {
      const set = mustGetSet(repo, id)
      return { set, items: repo.items(id, offset, limit), offset, limit, total: set.itemCount }
    },
    preview: (fileName: string, content: string, mapping?: FieldMapping): PromptSetPreview =>
      toPreview(prepareImport(fileName, content, mapping ? { mapping } : {})),
    import: importContent,
    async importFile(input: ImportFileInput): Promise<PromptSetImportResult> {
      const { fileName, content } = await readPromptFile(input.path)
      const { path: _path, name, domain, ...rest } = input
      return importContent({ ...rest, fileName, content, name: name ?? basename(fileName, extname(fileName)), domain: domain ?? 'other' })
    },
    remove(id: string): void {
      const set = mustGetSet(repo, id)
      if (set.builtin) throw new AppError('conflict', `"${set.name}" comes with Distillscope and cannot be deleted.`)
      repo.delete(id)
      announce()
    },
    async download(source: DownloadSource): Promise<PromptSetImportResult> {
      const settings = { baseUrl: deps.downloadBaseUrl ?? DEFAULT_DOWNLOAD_BASE_URL, timeoutMs: deps.downloadTimeoutMs ?? DEFAULT_DOWNLOAD_TIMEOUT_MS }
      return announced(await downloadPromptSet(repo, source, settings))
    },
    sample: (id: string, n: number, seed: number): PromptSample => samplePromptSet(repo, id, n, seed),
    /** For the run engine: see loadPromptSetForRun; announces a set stored from a file. */
    loadForRun: async (source: RunPromptSetSource, options: { baseDir?: string } = {}): Promise<LoadedPromptSet> =>
      announced(await loadPromptSetForRun(repo, source, options)),
    /** Before a run starts: refuses what loadForRun would, storing nothing (see check-for-run.ts). */
    checkForRun: (source: RunPromptSetSource, options: { baseDir?: string } = {}): Promise<void> => checkPromptSetForRun(repo, source, options),
  }
}

export type PromptSetService = ReturnType<typeof createPromptSetService>
