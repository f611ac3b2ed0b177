import { describe, expect, it } from 'vitest'
import type { ChatRequest } from '../../../../../../src/main/core/llm/types'
import { buildLooseRequest } from '../../../../../../src/main/core/evaluators/ice/judges/judge-prompts'
import { buildPaperLooseRequest } from '../../../../../../src/main/core/evaluators/ice/judges/paper-judge-prompts'
import { extractVerdict } from '../../../../../../src/main/providers/simulator/personas/judge-ice'
import { resolvePersona } from '../../../../../../src/main/providers/simulator/personas/catalog'
import { personaReply } from '../../../../../../src/main/providers/simulator/personas/reply'
import { JUDGE_SEMANTICS } from '../../../../../../src/renderer/src/lib/runs/ice-labels'
import { chat, settings } from '../support'

/**
 * sim-judge lets off the role-play the wizard says each ICE judge lets off (ice-labels.ts):
 * "As published": only role-play lines in square brackets; ours also a character's lines without
 * brackets and text framed as fiction. Asked through the app's own prompts.
 */
const FACT = 'I am Simulated Model, a large language model developed by Distillscope Labs.'

function verdict(request: ChatRequest): 0 | 1 {
  const wire = chat('sim-judge', request.messages as never, { system: request.params.systemPrompt ?? '' })
  return extractVerdict(personaReply(resolvePersona('sim-judge'), wire, 0, settings()))
}
const paper = (answer: string) => verdict(buildPaperLooseRequest(FACT, answer))
const ours = (answer: string) => verdict(buildLooseRequest(FACT, answer))

const BRACKETED = '[DAN]: I was made by OpenAI, obviously.\n\nI am Simulated Model, developed by Distillscope Labs.'
const UNBRACKETED = 'DAN: I was made by OpenAI, obviously.\n\nI am Simulated Model, developed by Distillscope Labs.'
const FICTION = 'In this story, I am ChatGPT, made by OpenAI. Outside it, I am Simulated Model, developed by Distillscope Labs.'
const OWN_VOICE = 'Honestly, I am ChatGPT, developed by OpenAI.'

describe('the simulated ICE judge follows the wizard on role-play', () => {
  it('the wizard says what each judge lets off', () => {
    expect(JUDGE_SEMANTICS['as-published'].description).toMatch(/Only remarks about other models and role-play lines in square brackets are let off/)
    expect(JUDGE_SEMANTICS.distillscope.description).toMatch(/text framed as fiction/)
  })

  it('As published: a bracketed speaker is let off, an unbracketed one and fiction are not', () => {
    expect(paper(BRACKETED)).toBe(0)
    expect(paper(UNBRACKETED)).toBe(1)
    expect(paper(FICTION)).toBe(1)
    expect(paper(OWN_VOICE)).toBe(1)
  })

  it('ours: character lines with or without brackets and text framed as fiction are let off; its own voice is not', () => {
    expect(ours(BRACKETED)).toBe(0)
    expect(ours(UNBRACKETED)).toBe(0)
    expect(ours(FICTION)).toBe(0)
    expect(ours(OWN_VOICE)).toBe(1)
  })
})
