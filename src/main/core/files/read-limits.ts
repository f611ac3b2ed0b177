import { PROMPT_SET_LIMITS, type PromptProblem } from '../../../shared/contract/prompt-sets'

/** Reading stops at the limit: a set this large is refused whole, not cut silently. */
export function tooManyRecords(): PromptProblem {
  const limit = PROMPT_SET_LIMITS.maxItems.toLocaleString('en-US')
  return { level: 'file', message: `The file has more than ${limit} records; a prompt set can hold at most ${limit}. Split the file or sample it first.` }
}
