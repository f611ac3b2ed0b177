import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { runSpecSchema, type RunSpec } from '../../shared/contract/run-spec'

/** A spec file, parsed and checked; errors name the file and each field, for a person to fix. */
export function readSpecFile(path: string): { spec: RunSpec; baseDir: string } {
  const file = resolve(path)
  const parsed = runSpecSchema.safeParse(readJsonFile(file, 'a run spec is a JSON object (see docs/spec.md)'))
  if (!parsed.success) throw new Error(`${file} is not a valid run spec (see docs/spec.md):\n${issueLines(parsed.error.issues, '(the spec)')}`)
  return { spec: parsed.data, baseDir: dirname(file) }
}

/** A JSON file's value; errors name the file. `expected` says what belongs in it when it is empty. */
export function readJsonFile(file: string, expected: string): unknown {
  let bytes: Buffer
  try {
    bytes = readFileSync(file)
  } catch {
    throw new Error(`Cannot read the file ${file}. Check the path.`)
  }
  // Windows editors may save as UTF-16 ("Unicode"), which JSON.parse would report as stray characters.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new Error(`${file} is saved as UTF-16 text; save it as UTF-8 and try again.`)
  }
  // Editors on Windows save UTF-8 with a byte order mark; JSON.parse would refuse it.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new Error(`${file} is empty: ${expected}.`)
  try {
    return JSON.parse(text)
  } catch (error) {
    // One line: the engine's message quotes the text around the mistake, newlines included.
    throw new Error(`${file} is not valid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}`)
  }
}

/** One indented line per problem, each naming its field. */
export function issueLines(issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[], whole: string): string {
  return issues.map((issue) => `  ${issue.path.length > 0 ? issue.path.map(String).join('.') : whole}: ${issue.message}`).join('\n')
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
