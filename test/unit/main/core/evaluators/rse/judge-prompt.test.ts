import { describe, expect, it } from 'vitest'
import { JUDGE_MARKERS, readTagged, RSE_TAGS } from '../../../../../../src/main/core/judges/judge-tags'
import {
  buildRseJudgeRequest,
  buildRseReaskRequest,
  checkRseTemplate,
  DEFAULT_RSE_JUDGE_TEMPLATE,
  RSE_JUDGE_SYSTEM_PROMPT,
  RseTemplateError,
} from '../../../../../../src/main/core/evaluators/rse/judge-prompt'

const input = { question: 'Why is the sky blue?', reference: 'Rayleigh scattering favours short wavelengths.', candidate: 'Blue light scatters more in air.' }

describe('buildRseJudgeRequest', () => {
  it('marks the system prompt on its first line and asks at temperature 0, with no token limit', () => {
    const request = buildRseJudgeRequest(input)
    expect(request.params.systemPrompt?.split('\n')[0]).toBe(JUDGE_MARKERS.rse)
    expect(request.params.temperature).toBe(0)
    expect(request.params.maxTokens).toBeUndefined()
    expect(request.messages).toHaveLength(1)
    expect(request.messages[0]?.role).toBe('user')
  })

  it('puts each text inside its tag, where the judge (and the simulated judge) reads it', () => {
    const prompt = buildRseJudgeRequest(input).messages[0]?.content ?? ''
    expect(readTagged(prompt, RSE_TAGS.question)).toBe(input.question)
    expect(readTagged(prompt, RSE_TAGS.reference)).toBe(input.reference)
    expect(readTagged(prompt, RSE_TAGS.candidate)).toBe(input.candidate)
    // The system prompt must not name the tags: the simulated judge reads the first one it meets.
    expect(RSE_JUDGE_SYSTEM_PROMPT).not.toContain('<')
  })

  it('has the structure of METHOD.md 1.2: explanation, three 0-2 aspects, a 1-5 overall with anchors, a final JSON block', () => {
    const t = DEFAULT_RSE_JUDGE_TEMPLATE
    expect(t).toMatch(/Explanation/)
    for (const aspect of ['style', 'structure', 'content']) expect(t).toMatch(new RegExp(`- ${aspect}:`))
    expect(t).toMatch(/tone, choice of words, punctuation/)
    expect(t).toMatch(/order the ideas come in and the shape of the reasoning/)
    expect(t).toMatch(/same knowledge points and examples/)
    expect(t).toMatch(/2 \(similar\), 1 \(partly similar\) or 0 \(dissimilar\)/)
    for (const anchor of ['5 = very similar', '4 = similar', '3 = somewhat similar', '2 = not similar', '1 = very different']) expect(t).toContain(anchor)
    expect(t).toMatch(/follows from the aspect scores/)
    expect(t.trimEnd()).toMatch(/```json\n\{"style": n, "structure": n, "content": n, "overall": n\}\n```$/)
  })

  it('substitutes in one pass: a placeholder inside an answer stays text', () => {
    const prompt = buildRseJudgeRequest({ ...input, candidate: 'I quote {reference} and {question} literally.' }).messages[0]?.content ?? ''
    expect(readTagged(prompt, RSE_TAGS.candidate)).toBe('I quote {reference} and {question} literally.')
    expect(prompt.match(/<reference_answer>/g)).toHaveLength(1)
  })

  it('uses an edited template, which must keep its placeholders', () => {
    const custom = 'Compare.\n{question}\n{reference}\n{candidate}\nReply with JSON.'
    expect(buildRseJudgeRequest({ ...input, promptOverride: custom }).messages[0]?.content).toMatch(
      /^Compare\.\n<question>\nWhy is the sky blue\?\n<\/question>/,
    )
    expect(() => buildRseJudgeRequest({ ...input, promptOverride: 'Compare {question} with {reference}.' })).toThrow(RseTemplateError)
    expect(() => buildRseJudgeRequest({ ...input, promptOverride: 'Compare {question} with {reference}.' })).toThrow(
      /\{candidate\} is missing: it is where the student's answer goes/,
    )
  })
})

describe('checkRseTemplate', () => {
  it('accepts the default and lists every problem of a broken one', () => {
    expect(checkRseTemplate(DEFAULT_RSE_JUDGE_TEMPLATE)).toEqual({ ok: true })
    const broken = checkRseTemplate('Rate {candidate}.')
    expect(broken.ok).toBe(false)
    if (!broken.ok) {
      expect(broken.problems).toHaveLength(2)
      expect(broken.problems[0]).toMatch(/^\{question\} is missing/)
      expect(broken.problems[1]).toMatch(/^\{reference\} is missing: it is where the reference model's answer goes/)
    }
    const empty = checkRseTemplate('   ')
    expect(!empty.ok && empty.problems[0]).toBe('The prompt is empty.')
  })
})

describe('buildRseReaskRequest', () => {
  const previous = 'The two are close; I would call them similar with minor differences.'

  it('replays the conversation with the reply as the judge’s own turn, marker first, temperature 0', () => {
    const original = buildRseJudgeRequest(input)
    const reask = buildRseReaskRequest(previous, { ...original, params: { ...original.params, temperature: 0.7, maxTokens: 300 } })
    expect(reask.params.systemPrompt?.split('\n')[0]).toBe(JUDGE_MARKERS.rse)
    expect(reask.params).toMatchObject({ temperature: 0, maxTokens: 300 })
    expect(reask.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user'])
    expect(reask.messages[1]?.content).toBe(previous)
    expect(reask.messages[2]?.content).toMatch(/^Your reply above does not end with the JSON block/)
    expect(reask.messages[2]?.content).toMatch(/Do not judge again/)
  })

  it('quotes the reply on its own when there is no original', () => {
    const reask = buildRseReaskRequest(previous)
    expect(reask.params.systemPrompt?.split('\n')[0]).toBe(JUDGE_MARKERS.rse)
    expect(reask.messages).toHaveLength(1)
    expect(readTagged(reask.messages[0]?.content ?? '', 'judge_reply')).toBe(previous)
    expect(reask.messages[0]?.content).toMatch(/That reply does not end with the JSON block/)
  })
})
