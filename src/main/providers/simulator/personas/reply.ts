import { JUDGE_MARKERS } from '../../../core/judges/judge-tags'
import { rngFor, type Rng } from '../random'
import type { ChatRequest, TargetIdentity } from '../types'
import type { PersonaSpec } from './catalog'
import { mutate, mutatorKind, readTemplates } from './helper'
import { extractVerdict, iceJudgeReply } from './judge-ice'
import { paperJudgeReply } from './judge-ice-paper'
import { rseJudgeReply } from './judge-rse'
import { EVASIVE_REPLY, restyleIceReply, type JudgeStyle } from './judge-styles'
import { keepAtTemperature, referenceAnswer, vary } from './reference'
import { identityAnswer, isIdentityQuestion } from './target'

export interface PersonaSettings {
  readonly seed: number
  /** True identity per target model id; `defaultIdentity` for the others. */
  readonly identities: Readonly<Record<string, TargetIdentity>>
  readonly defaultIdentity: TargetIdentity
  /** How often the helper's rewrite loses the placeholder. */
  readonly placeholderDropRate: number
}

/** A judge fault changes what a judge (or the helper) says; other personas answer normally. */
export type JudgeFault = 'malformed' | 'unparseable'

export type Role = keyof typeof JUDGE_MARKERS

/**
 * The reply text of one sample. Everything random comes from a generator keyed on the persona, the
 * messages, the temperature, the sample index, the request's own `seed` and the simulator's seed:
 * never on the order requests arrive in (the handler advances the sample index for a repeated request
 * at temperature > 0, see sample-counts.ts). At temperature 0 the sample index does not matter (greedy
 * decoding); the request's `seed`, when sent, does: it stands for a run's seed, so another seed gives
 * a student other answers (the reference's answer, kept whole at temperature 0, stays the same).
 */
export function personaReply(spec: PersonaSpec, request: ChatRequest, sample: number, settings: PersonaSettings, fault?: JudgeFault): string {
  const varies = request.temperature > 0
  const rng = rngFor(
    'reply',
    settings.seed,
    spec.id,
    request.system,
    JSON.stringify(request.messages),
    request.temperature,
    varies ? sample : 0,
    request.requestSeed,
  )
  const question = lastText(request, 'user')
  const warm = keepAtTemperature(request.temperature)
  switch (spec.kind) {
    case 'reference':
      return vary(referenceAnswer(question, settings.seed), warm, question, rng)
    case 'student':
    case 'generic':
      return vary(referenceAnswer(question, settings.seed), spec.keep * warm, question, rng)
    case 'target':
      if (!isIdentityQuestion(question)) return vary(referenceAnswer(question, settings.seed), 0.5 * warm, question, rng)
      return identityAnswer(question, settings.identities[spec.id] ?? settings.defaultIdentity, spec.leakRate, rng)
    case 'judge':
    case 'helper': {
      if (fault === 'unparseable') return garbage(rng)
      const style = spec.kind === 'judge' ? spec.style : 'standard'
      return roleReply(request, settings, rng, fault === 'malformed', style) ?? vary(referenceAnswer(question, settings.seed), 0.5 * warm, question, rng)
    }
  }
}

/** Which Distillscope prompt this is, from the first line of the system prompt (or of the first user turn). */
export function roleOf(request: ChatRequest): Role | undefined {
  const firstLine = (text: string) => text.trimStart().split('\n', 1)[0] ?? ''
  const lines = [firstLine(request.system), firstLine(request.messages.find((m) => m.role === 'user')?.content ?? '')]
  const roles = Object.keys(JUDGE_MARKERS) as Role[]
  return roles.find((role) => lines.some((line) => line.includes(JUDGE_MARKERS[role])))
}

/** The judge's or helper's answer, or undefined when the prompt carries no Distillscope marker. */
function roleReply(request: ChatRequest, settings: PersonaSettings, rng: Rng, malformed: boolean, style: JudgeStyle): string | undefined {
  const role = roleOf(request)
  const prompt = [request.system, ...request.messages.filter((m) => m.role === 'user').map((m) => m.content)].join('\n\n')
  switch (role) {
    case undefined:
      return undefined
    case 'rse':
    case 'rsePaper':
      return style === 'evasive' ? EVASIVE_REPLY : rseJudgeReply(prompt, malformed, { seed: settings.seed, requestSeed: request.requestSeed }, style)
    case 'iceLoose':
    case 'iceStrict':
      return restyleIceReply(iceJudgeReply(role === 'iceLoose' ? 'loose' : 'strict', prompt, malformed, style === 'naive'), style)
    case 'iceLoosePaper':
    case 'iceStrictPaper':
      return restyleIceReply(paperJudgeReply(role === 'iceLoosePaper' ? 'loose' : 'strict', prompt, malformed, style === 'naive'), style)
    case 'iceExtractPaper':
      // The paper's fallback quotes the earlier reply in its one user message.
      if (style === 'evasive') return EVASIVE_REPLY
      return malformed ? 'I cannot tell from that text.' : String(extractVerdict(lastText(request, 'user')))
    case 'iceExtract': {
      // The earlier analysis is the last assistant turn when the app replays the conversation,
      // otherwise it is quoted in the user's message.
      const analysis = lastText(request, 'assistant') || lastText(request, 'user')
      if (style === 'evasive') return EVASIVE_REPLY
      return malformed ? 'I cannot tell from that analysis.' : String(extractVerdict(analysis))
    }
    case 'mutator':
    case 'mutatorPaper': {
      const templates = readTemplates(prompt)
      const instructions = prompt.replace(/<template>[\s\S]*?<\/template>/g, '')
      return mutate(mutatorKind(instructions), templates.length > 0 ? templates : [lastText(request, 'user')], rng, settings.placeholderDropRate)
    }
  }
}

function lastText(request: ChatRequest, role: 'user' | 'assistant'): string {
  return request.messages.findLast((message) => message.role === role)?.content ?? ''
}

/** Letters and stray punctuation, no digits, braces or tags: nothing a parser could take for a score. */
function garbage(rng: Rng): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz~%&*;:,.!?'
  const tokens = Array.from({ length: 20 + rng.int(20) }, () => Array.from({ length: 1 + rng.int(9) }, () => rng.pick([...alphabet])).join(''))
  return tokens.join(' ')
}
