import { basename, extname, isAbsolute, resolve } from 'node:path'
import { AppError } from '../../../shared/contract/errors'
import type { FieldMapping, PromptSet, PromptSetDomain } from '../../../shared/contract/prompt-sets'
import type { PromptSetsRepo } from '../../storage/repos/prompt-sets'
import { prepareImport, type PreparedImport } from '../../core/evaluators/rse/import/prepare-import'
import { readPromptFile } from '../../core/files/read-prompt-file'
import { checkSampleSize, mustGetSet } from './sample-set'
import { sampleWithSeed } from '../../core/evaluators/rse/import/sampling'
import { storeImport } from './store-import'

/** A prompt set as a run spec names it: a stored set, or a file (the command line's usual form). */
export interface RunPromptSetSource {
  readonly setId?: string
  /** Absolute, or relative to `baseDir` (the spec file's folder). */
  readonly file?: string
  /** Draw this many prompts with `seed`; all of them, in stored order, when absent. */
  readonly sample?: number
  /** Defaults to 1, as in the run spec. */
  readonly seed?: number
  /** For a file: the stored set's name (default: the file name without extension). */
  readonly name?: string
  readonly domain?: PromptSetDomain
  readonly mapping?: FieldMapping
}

export interface RunPrompt {
  readonly id: string
  readonly prompt: string
  readonly category?: string
}

export interface LoadedPromptSet {
  readonly setId: string
  readonly name: string
  readonly domain: PromptSetDomain
  /** The stored set's content hash: record it in the run manifest. */
  readonly hash: string
  readonly items: readonly RunPrompt[]
  /** How the items were drawn; null when the whole set is used. */
  readonly sampled: { readonly n: number; readonly of: number; readonly seed: number } | null
  /** True when a file was stored as a new set by this call (announce it). */
  readonly created: boolean
}

export const DEFAULT_RUN_SEED = 1

/**
 * Resolves a run's prompt set to the prompts to ask. A file is imported like any other (same
 * checks, duplicates skipped, nothing stored on error) unless a set with identical items is
 * already stored, which is then reused: re-running a spec never piles up copies.
 */
export async function loadPromptSetForRun(repo: PromptSetsRepo, source: RunPromptSetSource, options: { baseDir?: string } = {}): Promise<LoadedPromptSet> {
  if ((source.setId === undefined) === (source.file === undefined)) {
    throw new AppError('invalid_input', 'A prompt set in a run needs exactly one of "setId" or "file".')
  }
  const { set, created } = source.setId !== undefined ? { set: mustGetSet(repo, source.setId), created: false } : await fromFile(repo, source, options.baseDir)
  const all = repo.allItems(set.id).map(({ id, prompt, category }) => ({ id, prompt, ...(category === undefined ? {} : { category }) }))
  const base = { setId: set.id, name: set.name, domain: set.domain, hash: set.contentHash, created }
  if (source.sample === undefined) return { ...base, items: all, sampled: null }
  checkSampleSize(set, source.sample)
  const seed = source.seed ?? DEFAULT_RUN_SEED
  return { ...base, items: sampleWithSeed(all, source.sample, seed), sampled: { n: source.sample, of: all.length, seed } }
}

async function fromFile(repo: PromptSetsRepo, source: RunPromptSetSource, baseDir: string | undefined): Promise<{ set: PromptSet; created: boolean }> {
  const { fileName, prepared, name } = await prepareRunFile(source, baseDir)
  const result = storeImport(
    repo,
    prepared,
    { name, domain: source.domain ?? 'other', sourceNote: `Imported from ${fileName} for a run.` },
    { reuseIdentical: true },
  )
  return { set: result.set, created: result.created }
}

/** Reads and checks a run's prompt file as an import would; nothing is stored. */
export async function prepareRunFile(
  source: RunPromptSetSource,
  baseDir: string | undefined,
): Promise<{ fileName: string; prepared: PreparedImport; name: string }> {
  const file = source.file as string
  if (!isAbsolute(file) && baseDir === undefined) {
    throw new AppError('invalid_input', `The prompt file "${file}" is a relative path, but there is no folder to resolve it against. Give its full path.`)
  }
  const path = isAbsolute(file) ? file : resolve(baseDir as string, file)
  const { fileName, content } = await readPromptFile(path)
  const prepared = prepareImport(fileName, content, source.mapping ? { mapping: source.mapping } : {})
  return { fileName, prepared, name: source.name ?? basename(fileName, extname(fileName)) }
}
