import { stat, readFile } from 'node:fs/promises'
import { basename, isAbsolute } from 'node:path'
import { AppError } from '../../../shared/contract/errors'
import { PROMPT_SET_LIMITS } from '../../../shared/contract/prompt-sets'
import { decodeUtf8 } from './decode-text'

/** A prompt file named by path (desktop dialog, command line, run spec), read by main itself. */
export async function readPromptFile(path: string): Promise<{ fileName: string; content: string }> {
  if (!isAbsolute(path)) throw new AppError('invalid_input', `"${path}" is not a full path. Give the full path of the file.`)
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error)
  })
  if (info.isDirectory()) throw new AppError('invalid_input', `"${path}" is a folder, not a file.`)
  if (!info.isFile()) throw new AppError('invalid_input', `"${path}" is not a regular file.`)
  if (info.size > PROMPT_SET_LIMITS.maxFileBytes) {
    throw new AppError('invalid_input', `"${basename(path)}" is larger than 64 MB. Split it, or sample the prompts you need into a smaller file.`)
  }
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw fileError(path, error)
  })
  const fileName = basename(path)
  return { fileName, content: decodeUtf8(bytes, fileName) }
}

function fileError(path: string, error: NodeJS.ErrnoException): AppError {
  if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return new AppError('not_found', `There is no file at "${path}".`)
  if (error.code === 'EACCES' || error.code === 'EPERM')
    return new AppError('unavailable', `Distillscope is not allowed to read "${path}". Check the file's permissions.`)
  return new AppError('unavailable', `Could not read "${path}" (${error.code ?? 'unknown error'}).`)
}
