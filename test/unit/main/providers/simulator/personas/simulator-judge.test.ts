import { describe, expect, it } from 'vitest'
import type { ChatRequest } from '../../../../../../src/main/core/llm/types'
import { buildRseJudgeRequest, buildRseReaskRequest } from '../../../../../../src/main/core/evaluators/rse/judge-prompt'
import { parseRseJudgeReply } from '../../../../../../src/main/core/evaluators/rse/judge-parser'
import { resolvePersona } from '../../../../../../src/main/providers/simulator/personas/catalog'
import { noisyOverall, rseJudgeReply, scoreRse } from '../../../../../../src/main/providers/simulator/personas/judge-rse'
import { personaReply, roleOf, type JudgeFault } from '../../../../../../src/main/providers/simulator/personas/reply'
import { DEFAULT_IDENTITY, type ChatRequest as SimRequest } from '../../../../../../src/main/providers/simulator/types'

/** Our request as the simulator receives it over the wire. */
function toSimulator(request: ChatRequest): SimRequest {
  return {
    model: 'sim-judge',
    system: request.params.systemPrompt ?? '',
    messages: request.messages,
    temperature: request.params.temperature,
    stream: false,
    maxTokens: request.params.maxTokens,
    samples: 1,
    requestSeed: undefined,
    includeUsage: false,
  }
}

function simulatedJudge(request: ChatRequest, fault?: JudgeFault): string {
  const settings = { seed: 7, identities: {}, defaultIdentity: DEFAULT_IDENTITY, placeholderDropRate: 0 }
  return personaReply(resolvePersona('sim-judge'), toSimulator(request), 0, settings, fault)
}

const QUESTION = 'How do vaccines work?'
const REFERENCE =
  'Vaccines train the immune system. They show it a harmless piece or copy of a germ, so it makes antibodies and memory cells. Later, if the real germ arrives, the body recognises it and responds quickly.'
const CANDIDATES = [
  REFERENCE,
  REFERENCE.replace('harmless piece or copy', 'weakened or partial version').replace('responds quickly', 'fights it off fast'),
  'Vaccines work by exposing the body to an antigen. The immune system responds; memory remains.',
  'Sourdough needs a lively starter, a long cold proof and a very hot oven.',
]

describe('the simulated RSE judge, through our prompt and parser', () => {
  it('recognises our prompt as the RSE judge’s', () => {
    expect(roleOf(toSimulator(buildRseJudgeRequest({ question: QUESTION, reference: REFERENCE, candidate: REFERENCE })))).toBe('rse')
  })

  it.each(CANDIDATES.map((candidate, i) => [i, candidate] as const))('candidate %i: parsed scores equal the persona’s own', (_i, candidate) => {
    const reply = simulatedJudge(buildRseJudgeRequest({ question: QUESTION, reference: REFERENCE, candidate }))
    const expected = scoreRse(REFERENCE, candidate)
    // Through the simulator the overall score carries the judge's seeded wobble; the aspects do not.
    const overall = noisyOverall(expected, { question: QUESTION, reference: REFERENCE, candidate }, { seed: 7 })
    const parsed = parseRseJudgeReply(reply)
    expect(parsed).toMatchObject({
      ok: true,
      via: 'json',
      scores: { overall, style: expected.style, structure: expected.structure, content: expected.content },
    })
    expect(parsed.ok && parsed.explanation).toMatch(/^The candidate's style is/)
  })

  it('parses the persona’s reply function called directly', () => {
    const prompt = buildRseJudgeRequest({ question: QUESTION, reference: REFERENCE, candidate: CANDIDATES[1] ?? '' }).messages[0]?.content ?? ''
    const parsed = parseRseJudgeReply(rseJudgeReply(prompt, false))
    expect(parsed.ok && parsed.scores.overall).toBe(scoreRse(REFERENCE, CANDIDATES[1] ?? '').overall)
  })

  it('records a malformed (prose-only) reply as a failure, and the re-ask recovers the scores', () => {
    const request = buildRseJudgeRequest({ question: QUESTION, reference: REFERENCE, candidate: CANDIDATES[2] ?? '' })
    const malformed = simulatedJudge(request, 'malformed')
    expect(parseRseJudgeReply(malformed)).toEqual({ ok: false, reason: 'no overall score found' })
    const reask = simulatedJudge(buildRseReaskRequest(malformed, request))
    expect(parseRseJudgeReply(reask)).toMatchObject({ ok: true, scores: { overall: scoreRse(REFERENCE, CANDIDATES[2] ?? '').overall } })
  })

  it('records an unparseable reply, and a reply without the texts, as failures', () => {
    const request = buildRseJudgeRequest({ question: QUESTION, reference: REFERENCE, candidate: REFERENCE })
    expect(parseRseJudgeReply(simulatedJudge(request, 'unparseable'))).toMatchObject({ ok: false, reason: expect.stringMatching(/^no overall score found/) })
    expect(parseRseJudgeReply(rseJudgeReply('Compare these.', false))).toEqual({ ok: false, reason: 'no overall score found' })
  })
})
