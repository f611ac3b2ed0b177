import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { runSpecSchema, type RunSpec } from '../../shared/contract/run-spec'

/** A spec file, parsed and checked; errors name the file and each field, for a person to fix. */
export function readSpecFile(path: string): { spec: RunSpec; baseDir: string } {
  const file = resolve(path)
  let text: string
  try {
    // Editors on Windows save UTF-8 with a byte order mark; JSON.parse would refuse it.
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  } catch {
    throw new Error(`Cannot read the spec file ${file}. Check the path.`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`)
  }
  const parsed = runSpecSchema.safeParse(json)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.length > 0 ? issue.path.join('.') : '(the spec)'}: ${issue.message}`)
    throw new Error(`${file} is not a valid run spec (see docs/spec.md):\n${problems.join('\n')}`)
  }
  return { spec: parsed.data, baseDir: dirname(file) }
}
