import type { PromptProblem } from '../../../shared/contract/prompt-sets'

/**
 * A NUL character is never part of a prompt: it means a binary or damaged file, and providers and
 * SQLite text handling treat it inconsistently (some cut the text there). The file is refused
 * rather than silently stripped, so what is stored is exactly what the file says.
 */
export function nulByteProblem(text: string): PromptProblem | undefined {
  const at = text.indexOf('\u0000')
  if (at === -1) return undefined
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++
  return {
    level: 'file',
    line,
    message: `Line ${line} contains a NUL character (byte 0), which is not text: the file may be binary or damaged. Remove it and try again.`,
  }
}
