import { AppError } from '../../../shared/contract/errors'

/**
 * The ICE readers (core/evaluators/ice/import) say "Line 5: ..." or "The file has no ...": they do not know
 * the file's name. These put it in, so a message stands on its own in a dialog or a terminal:
 * `"questions.csv", line 5: ...`, `The attack log "log.jsonl" has no rows.`
 */
export function locate(message: string, fileName: string): string {
  const quoted = `"${fileName}"`
  if (message.includes(quoted)) return message
  const line = /^Line (\d+)/.exec(message)
  if (line) return `${quoted}, line ${line[1]}${message.slice(line[0].length)}`
  const subject = /^The (file|attack log|strict CSV) /.exec(message)
  if (subject) return `${subject[1] === 'file' ? quoted : `The ${subject[1]} ${quoted}`} ${message.slice(subject[0].length)}`
  return `${quoted}: ${message}`
}

/** An invalid-input error about a file, re-thrown with the file named and an optional lead sentence. */
export function inFile(error: unknown, fileName: string, lead = ''): unknown {
  if (!(error instanceof AppError) || error.code !== 'invalid_input') return error
  const message = locate(error.message, fileName)
  return new AppError('invalid_input', lead ? `${lead} ${message}` : message, error.issues)
}
