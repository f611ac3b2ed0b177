import { buildRseJudgeRequest, buildRseReaskRequest } from './judge-prompt'
import { parseRseJudgeReply } from './judge-parser'
import type { RseJudgePort } from './ports'

/** The engine's judge: our prompt (METHOD.md 1.2), our parser, at most one re-ask. */
export const rseJudge: RseJudgePort = {
  request: (input) => buildRseJudgeRequest(input),
  reask: (previousReply, original) => buildRseReaskRequest(previousReply, original),
  parse(reply) {
    const parsed = parseRseJudgeReply(reply)
    if (!parsed.ok) return parsed
    return { ok: true, ...parsed.scores, ...(parsed.explanation ? { explanation: parsed.explanation } : {}), via: parsed.via }
  },
}
