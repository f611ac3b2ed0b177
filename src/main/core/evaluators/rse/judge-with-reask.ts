import type { ChatRequest } from '../../llm/types'
import type { RseJudgePort, RseParseOutcome } from './ports'

/** One judge call: its reply, or why it failed (after the call layer's retries). */
export type JudgeCallOutcome = { readonly text: string } | { readonly failure: { readonly message: string } }

export type JudgeVerdict =
  | { readonly kind: 'call-failed'; readonly message: string }
  | { readonly kind: 'replied'; readonly reply: string; readonly parsed: RseParseOutcome; readonly reasked: boolean }

/**
 * The RSE judge as METHOD.md 1.2 allows it: one call, and when its reply cannot be read, one re-ask
 * for the scores alone. A re-ask that reads is kept beside the first reply; one that does not is
 * dropped, and the first reply stands as the unreadable one. Used by runs and by the judge check,
 * so both read a judge the same way.
 */
export async function judgeWithReask(
  judge: RseJudgePort,
  ask: (request: ChatRequest) => Promise<JudgeCallOutcome>,
  request: ChatRequest,
): Promise<JudgeVerdict> {
  const first = await ask(request)
  if ('failure' in first) return { kind: 'call-failed', message: first.failure.message }
  const parsed = judge.parse(first.text)
  if (parsed.ok) return { kind: 'replied', reply: first.text, parsed, reasked: false }
  const second = await ask(judge.reask(first.text, request))
  if ('text' in second) {
    const again = judge.parse(second.text)
    if (again.ok) return { kind: 'replied', reply: `${first.text}\n\n---\n\n${second.text}`, parsed: again, reasked: true }
  }
  return { kind: 'replied', reply: first.text, parsed, reasked: true }
}
