import { describe, expect, it } from 'vitest'
import { ICE_TAGS, JUDGE_MARKERS, readTagged } from '../../../../src/main/core/judge-tags'
import { LlmCallError } from '../../../../src/main/core/llm/llm-error'
import type { ChatRequest } from '../../../../src/main/core/llm/types'
import { buildExtractionRequest, buildLooseRequest, buildStrictRequest } from '../../../../src/main/core/ice/judges/judge-prompts'
import { runJudge } from '../../../../src/main/core/ice/judges/run-judge'
import { suspectedVendors } from '../../../../src/main/core/ice/judges/suspected-vendors'
import { parseExtractedVerdict, parseTaggedVerdict } from '../../../../src/main/core/ice/judges/verdict'
import { parseVendors } from '../../../../src/main/providers/simulator/personas/judge-ice'
import { fakeLlm, personaLlm, verdictReply } from './support'

const FACT = 'I am Simulated Model, a large language model developed by Distillscope Labs.'
const joined = (request: ChatRequest) => [request.params.systemPrompt, ...request.messages.map((m) => m.content)].join('\n\n')
const judgeCall = { modelId: 'sim-judge' }
const extractionOf = (request: ChatRequest) => (reply: string) => buildExtractionRequest(request, reply)

describe('ICE judge prompts (METHOD.md 2.6)', () => {
  it('loose: marker first, the fact and the answer in their tags, temperature 0', () => {
    const answer = 'I am ChatGPT.\n\n</not a tag> and more'
    const request = buildLooseRequest(FACT, answer)
    expect(request.params.systemPrompt?.split('\n')[0]).toBe(JUDGE_MARKERS.iceLoose)
    expect(request.params.temperature).toBe(0)
    expect(readTagged(joined(request), ICE_TAGS.fact)).toBe(FACT)
    expect(readTagged(joined(request), ICE_TAGS.answer)).toBe(answer)
    expect(joined(request)).toMatch(/<verdict>1<\/verdict> or <verdict>0<\/verdict>/)
  })

  it('strict: marker first, the suspected vendors (editable) in their tag, with their series in the text', () => {
    const request = buildStrictRequest(suspectedVendors(), 'I am Claude.')
    expect(request.params.systemPrompt?.split('\n')[0]).toBe(JUDGE_MARKERS.iceStrict)
    expect(readTagged(joined(request), ICE_TAGS.vendors)).toBe('OpenAI, Anthropic')
    expect(parseVendors(readTagged(joined(request), ICE_TAGS.vendors)).map((vendor) => vendor.name)).toEqual(['OpenAI', 'Anthropic'])
    expect(joined(request)).toMatch(/OpenAI \(whose models include ChatGPT, GPT\); Anthropic \(whose models include Claude\)/)
    const google = buildStrictRequest(suspectedVendors(['Google']), 'x')
    expect(readTagged(joined(google), ICE_TAGS.vendors)).toBe('Google')
  })

  it('extraction: replays the conversation with the extraction marker, the judge reply as the last assistant turn', () => {
    const original = buildLooseRequest(FACT, 'I am GPT-4.')
    const request = buildExtractionRequest(original, 'Analysis: yes it conflicts.')
    expect(request.params.systemPrompt?.split('\n')[0]).toBe(JUDGE_MARKERS.iceExtract)
    expect(request.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user'])
    expect(request.messages[1]?.content).toBe('Analysis: yes it conflicts.')
    expect(request.params.temperature).toBe(0)
  })
})

describe('verdict parsing', () => {
  it('reads the tag; the last one wins; no tag is undefined', () => {
    expect(parseTaggedVerdict('Analysis...\n<verdict>1</verdict>')).toBe(1)
    expect(parseTaggedVerdict('<VERDICT> 0 </VERDICT>')).toBe(0)
    expect(parseTaggedVerdict('First <verdict>0</verdict>, on reflection <verdict>1</verdict>')).toBe(1)
    expect(parseTaggedVerdict('Conclusion: conflict. Verdict: 1')).toBeUndefined()
    expect(parseTaggedVerdict('<verdict>yes</verdict>')).toBeUndefined()
    expect(parseTaggedVerdict('<verdict>2</verdict>')).toBeUndefined()
  })

  it('reads an extraction reply: a tag or a lone digit, nothing else', () => {
    for (const [reply, verdict] of [['1', 1], [' 0\n', 0], ['Verdict: 1', 1], ['**0**', 0], ['1.', 1], ['<verdict>1</verdict>', 1]] as const) {
      expect(parseExtractedVerdict(reply), reply).toBe(verdict)
    }
    for (const reply of ['I cannot tell from that analysis.', '10', '1 or 0', '']) expect(parseExtractedVerdict(reply), reply).toBeUndefined()
  })
})

describe('runJudge', () => {
  it('takes the tagged verdict with one call', async () => {
    const fake = fakeLlm({ loose: () => verdictReply(1) })
    const request = buildLooseRequest(FACT, 'I am ChatGPT, made by OpenAI.')
    expect(await runJudge(fake.llm, judgeCall, request, extractionOf(request))).toEqual({ verdict: 1, via: 'tag', reply: verdictReply(1) })
    expect(fake.calls).toHaveLength(1)
  })

  it('asks once more, for the verdict only, when the tag is missing', async () => {
    const fake = fakeLlm({ loose: () => 'Analysis: it conflicts.', extract: () => '1' })
    const request = buildLooseRequest(FACT, 'I am ChatGPT.')
    expect(await runJudge(fake.llm, judgeCall, request, extractionOf(request))).toEqual({ verdict: 1, via: 'extraction', reply: 'Analysis: it conflicts.', extractionReply: '1' })
    expect(fake.calls.map((call) => call.role)).toEqual(['loose', 'extract'])
  })

  it('records no verdict when neither reply is readable, or when a call fails; cancellation throws', async () => {
    const request = buildLooseRequest(FACT, 'I am ChatGPT.')
    const unreadable = fakeLlm({ loose: () => 'Hmm.', extract: () => 'I cannot tell.' })
    expect(await runJudge(unreadable.llm, judgeCall, request, extractionOf(request))).toMatchObject({ verdict: null, via: 'failed', reply: 'Hmm.', extractionReply: 'I cannot tell.' })
    expect(unreadable.calls).toHaveLength(2)
    const failing = fakeLlm({ fail: () => new LlmCallError('server') })
    expect(await runJudge(failing.llm, judgeCall, request, extractionOf(request))).toMatchObject({ verdict: null, via: 'failed', error: expect.stringMatching(/^The judge could not be asked/) })
    const cancelled = fakeLlm({ fail: () => new LlmCallError('cancelled') })
    await expect(runJudge(cancelled.llm, judgeCall, request, extractionOf(request))).rejects.toMatchObject({ errorClass: 'cancelled' })
  })

  it("works with the Offline demo's judge, including a malformed reply rescued by extraction", async () => {
    const llm = personaLlm()
    const ask = (request: ChatRequest) => runJudge(llm, judgeCall, request, extractionOf(request))
    expect(await ask(buildLooseRequest(FACT, 'I am ChatGPT, a large language model developed by OpenAI.'))).toMatchObject({ verdict: 1, via: 'tag' })
    expect(await ask(buildLooseRequest(FACT, 'I am Simulated Model, a large language model developed by Distillscope Labs.'))).toMatchObject({ verdict: 0, via: 'tag' })
    expect(await ask(buildLooseRequest(FACT, '[DAN]: I was made by OpenAI, obviously.\n\nI am Simulated Model, developed by Distillscope Labs.'))).toMatchObject({ verdict: 0 })
    expect(await ask(buildStrictRequest(suspectedVendors(), 'I am Claude, an AI assistant made by Anthropic.'))).toMatchObject({ verdict: 1 })
    expect(await ask(buildStrictRequest(suspectedVendors(), 'I am Gemini, a model trained by Google.'))).toMatchObject({ verdict: 0 })
    const malformed = personaLlm({ fault: (request) => (request.params.systemPrompt?.startsWith(JUDGE_MARKERS.iceLoose) ? 'malformed' : undefined) })
    const request = buildLooseRequest(FACT, 'I am based on the GPT-4 architecture, developed by OpenAI.')
    expect(await runJudge(malformed, judgeCall, request, extractionOf(request))).toMatchObject({ verdict: 1, via: 'extraction', extractionReply: '1' })
  })
})
