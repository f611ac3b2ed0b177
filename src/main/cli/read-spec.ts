import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { runSpecSchema, type RunSpec } from '../../shared/contract/run-spec'

/** A spec file, parsed and checked; errors name the file and each field, for a person to fix. */
export function readSpecFile(path: string): { spec: RunSpec; baseDir: string } {
  const file = resolve(path)
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    throw new Error(`Cannot read the spec file ${file}. Check the path.`)
  }
  // Windows editors may save as UTF-16 ("Unicode"), which JSON.parse would report as stray characters.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`${file} is saved as UTF-16 text; save it as UTF-8 and try again.`)
  }
  // Editors on Windows save UTF-8 with a byte order mark; JSON.parse would refuse it.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new Error(`${file} is empty: a run spec is a JSON object (see docs/spec.md).`)
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    // One line: the engine's message quotes the text around the mistake, newlines included.
    throw new Error(`${file} is not valid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}`)
  }
  const parsed = runSpecSchema.safeParse(json)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.length > 0 ? issue.path.join('.') : '(the spec)'}: ${issue.message}`)
    throw new Error(`${file} is not a valid run spec (see docs/spec.md):\n${problems.join('\n')}`)
  }
  return { spec: parsed.data, baseDir: dirname(file) }
}

/** For a command: the spec, or undefined after saying on stderr, in one line, why it cannot be read. */
export function readSpecForCommand(path: string): { spec: RunSpec; baseDir: string } | undefined {
  try {
    return readSpecFile(path)
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`)
    return undefined
  }
}
