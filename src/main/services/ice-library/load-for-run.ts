import { basename, isAbsolute, resolve } from 'node:path'
import { AppError } from '../../../shared/contract/errors'
import type { IceSetKind } from '../../../shared/contract/ice-library'
import type { IceSpec } from '../../../shared/contract/ice-spec'
import type { IdentityQuestion, SeedTemplate } from '../../core/evaluators/ice/types'
import type { LoadedIceSet } from '../../core/evaluators/ice/resolve-inputs'
import { readPromptFile } from '../../core/files/read-prompt-file'
import type { IceSetItems, IceSetsRepo } from '../../storage/repos/ice-sets'
import { builtinSet } from './builtin-sets'
import { parseSetFile } from './parse-set'
import { contentHashOf } from './set-content'

export interface LoadOptions {
  /** Folder a relative `file` is resolved against (the spec file's folder). */
  readonly baseDir?: string
}

type Source = { readonly builtin: string } | { readonly file: string } | { readonly setId: string }

const KIND_WORDS: Readonly<Record<IceSetKind, { one: string; set: string }>> = {
  questions: { one: 'questions', set: 'question set' },
  seeds: { one: 'seed templates', set: 'seed template set' },
}

/**
 * Resolves a run spec's `questions` or `seeds` to the items to use. A file is read and checked
 * like an import but not stored: the run freezes what it loaded, so the library stays as the
 * person left it.
 */
async function load(
  repo: IceSetsRepo,
  kind: IceSetKind,
  source: Source,
  options: LoadOptions,
): Promise<{ name: string; contentHash: string; set: IceSetItems }> {
  if ('file' in source) {
    const { fileName, content } = await readPromptFile(resolvePath(source.file, options.baseDir, kind))
    const { set } = parseSetFile(kind, fileName, content, `The ${KIND_WORDS[kind].one} could not be read.`)
    return { name: basename(fileName), contentHash: contentHashOf(set), set }
  }
  const id = 'builtin' in source ? source.builtin : source.setId
  const builtin = builtinSet(id)
  const stored = builtin ? undefined : repo.get(id)
  const found = builtin ?? stored
  if (!found) throw new AppError('not_found', `There is no ${KIND_WORDS[kind].set} "${id}". It may have been deleted; choose another or import it again.`)
  if (found.kind !== kind) throw new AppError('invalid_input', `"${found.name}" is a ${KIND_WORDS[found.kind].set}, not a ${KIND_WORDS[kind].set}.`)
  return { name: found.name, contentHash: found.contentHash, set: found }
}

function resolvePath(file: string, baseDir: string | undefined, kind: IceSetKind): string {
  if (isAbsolute(file)) return file
  if (baseDir === undefined)
    throw new AppError(
      'invalid_input',
      `The ${KIND_WORDS[kind].one} file "${file}" is a relative path, but there is no folder to resolve it against. Give its full path.`,
    )
  return resolve(baseDir, file)
}

export async function loadQuestions(repo: IceSetsRepo, source: IceSpec['questions'], options: LoadOptions = {}): Promise<LoadedIceSet<IdentityQuestion>> {
  const { name, contentHash, set } = await load(repo, 'questions', source, options)
  return { name, contentHash, items: set.items as readonly IdentityQuestion[] }
}

export async function loadSeeds(repo: IceSetsRepo, source: IceSpec['seeds'], options: LoadOptions = {}): Promise<LoadedIceSet<SeedTemplate>> {
  const { name, contentHash, set } = await load(repo, 'seeds', source, options)
  return { name, contentHash, items: set.items as readonly SeedTemplate[] }
}
