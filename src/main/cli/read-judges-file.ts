import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { AppError } from '../../shared/contract/errors'
import { judgesFileProblems, judgesFileSchema, type JudgesFile } from '../../shared/contract/judges-file'

/** A judges file ({"models": {...}, "judges": [...]}), parsed and checked; errors name the file and each field. */
export function readJudgesFile(path: string): JudgesFile {
  const file = resolve(path)
  let text: string
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '')
  } catch {
    throw new AppError('invalid_input', `Cannot read the judges file ${file}. Check the path.`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new AppError('invalid_input', `${file} is not valid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}`)
  }
  const parsed = judgesFileSchema.safeParse(json)
  if (!parsed.success) {
    const problems = judgesFileProblems(parsed.error).map((problem) => `  ${problem}`)
    throw new AppError('invalid_input', `${file} is not a valid judges file ({"models": {...as in a spec...}, "judges": ["j1", ...]}):\n${problems.join('\n')}`)
  }
  return parsed.data
}
