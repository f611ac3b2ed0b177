import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { AppError } from '../../../shared/contract/errors'
import { builtinIdentityQuestions, builtinSeedTemplates, identityFactFor, IceImportError, importQuestions, importSeedTemplates } from '../ice'
import type { IceLibraryPort } from './resolve-inputs'

const hashOf = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

async function readSpecFile(file: string, baseDir: string | undefined): Promise<{ path: string; text: string }> {
  const path = resolve(baseDir ?? process.cwd(), file)
  try {
    return { path, text: await readFile(path, 'utf8') }
  } catch (error) {
    throw new AppError('invalid_input', `The file ${path} could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`)
  }
}

function importing<T>(path: string, work: () => T): T {
  try {
    return work()
  } catch (error) {
    if (error instanceof IceImportError) throw new AppError('invalid_input', `${basename(path)}: ${error.message}`)
    throw error
  }
}

/**
 * ICE data with no database: the shipped questions, seeds and facts, and files named in a spec.
 * Sets saved in the app (`setId`) need the library service; here they are refused clearly.
 */
export const bundledIceLibrary: IceLibraryPort = {
  async loadQuestions(source, options) {
    if ('builtin' in source) {
      const all = builtinIdentityQuestions()
      const items = source.builtin === 'identity-en-zh' ? all : all.filter((question) => question.language === (source.builtin === 'identity-en' ? 'en' : 'zh'))
      return { name: source.builtin, contentHash: hashOf(items), items }
    }
    if ('setId' in source) throw new AppError('not_found', 'Saved question sets are not available here; name a built-in set or a file.')
    const { path, text } = await readSpecFile(source.file, options.baseDir)
    const items = importing(path, () => importQuestions(text, { fileName: path }))
    return { name: basename(path), contentHash: hashOf(items), items }
  },
  async loadSeeds(source, options) {
    if ('builtin' in source) {
      const items = builtinSeedTemplates()
      return { name: source.builtin, contentHash: hashOf(items), items }
    }
    if ('setId' in source) throw new AppError('not_found', 'Saved seed template sets are not available here; name a built-in set or a file.')
    const { path, text } = await readSpecFile(source.file, options.baseDir)
    const items = importing(path, () => importSeedTemplates(text, { fileName: path }).templates)
    return { name: basename(path), contentHash: hashOf(items), items }
  },
  factFor: (vendor) => identityFactFor(vendor),
}
