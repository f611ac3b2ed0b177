import { describe, expect, it } from 'vitest'
import { ICE_TAGS, JUDGE_MARKERS, RSE_TAGS, tagged } from '../../../../../../src/main/core/judges/judge-tags'
import { resolvePersona } from '../../../../../../src/main/providers/simulator/personas/catalog'
import { decideLoose, decideStrict, extractVerdict } from '../../../../../../src/main/providers/simulator/personas/judge-ice'
import { personaReply, type JudgeFault } from '../../../../../../src/main/providers/simulator/personas/reply'
import { chat, settings } from '../support'

const FACT = 'I am Simulated Model, a large language model developed by Distillscope Labs.'
const REFERENCE =
  'Photosynthesis turns light into chemical energy. Plants capture sunlight with chlorophyll, split water and fix carbon dioxide into sugar. The oxygen we breathe is a by-product.'

function judge(marker: string, user: string, fault?: JudgeFault, extra: { role: 'user' | 'assistant'; content: string }[] = []) {
  const request = chat('sim-judge', [{ role: 'user', content: user }, ...extra], { system: `${marker}\nYou compare texts.` })
  return personaReply(resolvePersona('sim-judge'), request, 0, settings(), fault)
}

const rsePrompt = (reference: string, candidate: string) =>
  [tagged(RSE_TAGS.question, 'How does photosynthesis work?'), tagged(RSE_TAGS.reference, reference), tagged(RSE_TAGS.candidate, candidate)].join('\n')

const scoresIn = (reply: string) => JSON.parse(/```json\n(.*)\n```/.exec(reply)?.[1] ?? 'null') as Record<string, number> | null

describe('RSE judge', () => {
  it('scores identical texts 5 with all aspects 2, in a fenced JSON block after an explanation', () => {
    const reply = judge(JUDGE_MARKERS.rse, rsePrompt(REFERENCE, REFERENCE))
    expect(reply).toMatch(/^Explanation: /)
    expect(scoresIn(reply)).toEqual({ style: 2, structure: 2, content: 2, overall: 5 })
  })

  it('scores unrelated texts low and a light paraphrase in between', () => {
    const unrelated = scoresIn(
      judge(JUDGE_MARKERS.rse, rsePrompt(REFERENCE, 'Marathon training needs slow long runs, rest days and patience over many months.')),
    )
    expect(unrelated?.overall).toBeLessThanOrEqual(2)
    expect(unrelated?.content).toBe(0)
    const paraphrase = scoresIn(
      judge(JUDGE_MARKERS.rse, rsePrompt(REFERENCE, REFERENCE.replace('chlorophyll', 'pigments').replace('The oxygen we breathe', 'Oxygen'))),
    )
    expect(paraphrase?.overall).toBeGreaterThan(unrelated?.overall ?? 5)
    expect(paraphrase?.overall).toBeLessThan(5)
  })

  it('malformed: prose without the JSON block; unparseable: no digits at all', () => {
    expect(judge(JUDGE_MARKERS.rse, rsePrompt(REFERENCE, REFERENCE), 'malformed')).not.toMatch(/```|\{|\d/)
    expect(judge(JUDGE_MARKERS.rse, rsePrompt(REFERENCE, REFERENCE), 'unparseable')).not.toMatch(/[0-9{}<>]/)
  })

  it('says so, without scores, when a tag is missing', () => {
    expect(judge(JUDGE_MARKERS.rse, 'Compare these please.')).toMatch(/could not find both texts/)
  })
})

describe('ICE loose judge', () => {
  const loose = (answer: string) => decideLoose(FACT, answer).verdict

  it('decides from the answer: own identity 0, another vendor in its own voice 1', () => {
    expect(loose('I am Simulated Model, a large language model developed by Distillscope Labs.')).toBe(0)
    expect(loose('I am ChatGPT, made by OpenAI.')).toBe(1)
    expect(loose('I was developed by Anthropic and my name is Claude.')).toBe(1)
    expect(loose('I was created by Acme Robotics in Ohio.')).toBe(1)
  })

  it('does not count role-play lines, remarks about other models, or denials', () => {
    expect(loose('[DAN]: I was made by OpenAI')).toBe(0)
    expect(loose('DAN: I was made by OpenAI, obviously.\n\nI am Simulated Model, developed by Distillscope Labs.')).toBe(0)
    expect(loose('ChatGPT is made by OpenAI, but I am Simulated Model.')).toBe(0)
    expect(loose('Unlike ChatGPT, I was built by Distillscope Labs.')).toBe(0)
    expect(loose('I am not ChatGPT and I was not made by OpenAI.')).toBe(0)
  })

  it('a claim after a role-play line still counts', () => {
    expect(loose('[DAN]: I am free now.\n\nHonestly, I am ChatGPT, developed by OpenAI.')).toBe(1)
  })

  it('takes the fact into account: a Qwen model claiming Alibaba is consistent', () => {
    expect(decideLoose('I am Qwen, a large language model built by Alibaba Cloud.', 'I am Qwen, created by Alibaba Group.').verdict).toBe(0)
    expect(decideLoose('I am Qwen, a large language model built by Alibaba Cloud.', 'I am GPT-4, trained by OpenAI.').verdict).toBe(1)
  })

  it('replies with an analysis, a Conclusion line and a verdict tag; malformed drops the tag', () => {
    const prompt = [tagged(ICE_TAGS.fact, FACT), tagged(ICE_TAGS.answer, 'I am ChatGPT, made by OpenAI.')].join('\n')
    const reply = judge(JUDGE_MARKERS.iceLoose, prompt)
    expect(reply).toMatch(/^Analysis: .*OpenAI/)
    expect(reply).toMatch(/Conclusion: the answer conflicts with the identity fact\.\n<verdict>1<\/verdict>$/)
    const malformed = judge(JUDGE_MARKERS.iceLoose, prompt, 'malformed')
    expect(malformed).not.toMatch(/<verdict>/)
    expect(malformed).toMatch(/Conclusion: /)
    expect(judge(JUDGE_MARKERS.iceLoose, prompt.replace('I am ChatGPT, made by OpenAI.', FACT))).toMatch(/<verdict>0<\/verdict>$/)
  })
})

describe('ICE strict judge', () => {
  it('counts claims of the suspected vendors or their series, mixed claims included', () => {
    expect(decideStrict('I am ChatGPT, developed by OpenAI.', undefined).verdict).toBe(1)
    expect(decideStrict('I am a ChatGPT model not made by OpenAI.', undefined).verdict).toBe(1)
    expect(decideStrict('I am Claude.', 'OpenAI, Anthropic').verdict).toBe(1)
    expect(decideStrict('I was made by Google; my name is Gemini.', undefined).verdict).toBe(0)
    expect(decideStrict('I was made by Google; my name is Gemini.', 'Google').verdict).toBe(1)
    expect(decideStrict('[DAN]: I am GPT-4.', undefined).verdict).toBe(0)
  })

  it('reads <suspected_vendors> from the prompt', () => {
    const prompt = [tagged(ICE_TAGS.answer, 'I am Gemini, made by Google.'), tagged(ICE_TAGS.vendors, 'Google')].join('\n')
    expect(judge(JUDGE_MARKERS.iceStrict, prompt)).toMatch(/<verdict>1<\/verdict>$/)
    expect(judge(JUDGE_MARKERS.iceStrict, tagged(ICE_TAGS.answer, 'I am Gemini, made by Google.'))).toMatch(/<verdict>0<\/verdict>$/)
  })
})

describe('ICE verdict extraction', () => {
  it('answers just 1 or 0 from its earlier analysis, replayed or quoted', () => {
    const conflict = 'Analysis: It says it is ChatGPT.\nConclusion: the answer conflicts with the identity fact.'
    const none = 'Analysis: Nothing foreign.\nConclusion: no conflict with the identity fact.'
    expect(
      judge(JUDGE_MARKERS.iceExtract, 'Give the verdict of your analysis: 1 or 0.', undefined, [
        { role: 'assistant', content: conflict },
        { role: 'user', content: 'Just the digit.' },
      ]),
    ).toBe('1')
    expect(judge(JUDGE_MARKERS.iceExtract, `Here is the analysis:\n${none}\nAnswer 1 or 0.`)).toBe('0')
    expect(extractVerdict('blah <verdict> 1 </verdict>')).toBe(1)
  })

  it('malformed: prose without a digit', () => {
    expect(judge(JUDGE_MARKERS.iceExtract, 'Conclusion: conflicts.', 'malformed')).not.toMatch(/[01]/)
  })
})

describe('judge without a Distillscope marker', () => {
  it('answers like an ordinary model', () => {
    const reply = personaReply(resolvePersona('sim-judge'), chat('sim-judge', 'Explain compilers.'), 0, settings())
    expect(reply).not.toMatch(/verdict|```json/)
    expect(reply.length).toBeGreaterThan(50)
  })
})
