import { describe, expect, it } from 'vitest'
import { ICE_TAGS, JUDGE_MARKERS, readTagged } from '../../../../../../../src/main/core/judges/judge-tags'
import { LlmCallError } from '../../../../../../../src/main/core/llm/llm-error'
import type { ChatRequest } from '../../../../../../../src/main/core/llm/types'
import { buildExtractionRequest, buildLooseRequest, buildStrictRequest } from '../../../../../../../src/main/core/evaluators/ice/judges/judge-prompts'
import { runJudge } from '../../../../../../../src/main/core/evaluators/ice/judges/run-judge'
import { suspectedVendors } from '../../../../../../../src/main/core/evaluators/ice/judges/suspected-vendors'
import { parseVendors } from '../../../../../../../src/main/providers/simulator/personas/judge-ice'
import { fakeLlm, personaLlm, verdictReply } from '../support'

const FACT = 'I am Simulated Model, a large language model developed by Distillscope Labs.'
const joined = (request: ChatRequest) => [request.params.systemPrompt, ...request.messages.map((m) => m.content)].join('\n\n')
const judgeCall = { modelId: 'sim-judge' }
const extractionOf = (request: ChatRequest) => (reply: string) => buildExtractionRequest(request, reply)
const ours = { preset: 'distillscope', judge: 'loose' } as const

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

describe('runJudge', () => {
  it('takes the tagged verdict with one call', async () => {
    const fake = fakeLlm({ loose: () => verdictReply(1) })
    const request = buildLooseRequest(FACT, 'I am ChatGPT, made by OpenAI.')
    expect(await runJudge(fake.llm, judgeCall, request, extractionOf(request), ours)).toEqual({
      verdict: 1,
      via: 'tag',
      form: '<verdict> tag',
      reply: verdictReply(1),
    })
    expect(fake.calls).toHaveLength(1)
  })

  it('asks once more, for the verdict only, when the tag is missing', async () => {
    const fake = fakeLlm({ loose: () => 'Analysis: it conflicts.', extract: () => '1' })
    const request = buildLooseRequest(FACT, 'I am ChatGPT.')
    expect(await runJudge(fake.llm, judgeCall, request, extractionOf(request), ours)).toEqual({
      verdict: 1,
      via: 'extraction',
      form: 'bare digit',
      reply: 'Analysis: it conflicts.',
      extractionReply: '1',
    })
    expect(fake.calls.map((call) => call.role)).toEqual(['loose', 'extract'])
  })

  it('records no verdict when neither reply is readable, or when a call fails; cancellation throws', async () => {
    const request = buildLooseRequest(FACT, 'I am ChatGPT.')
    const unreadable = fakeLlm({ loose: () => 'Hmm.', extract: () => 'I cannot tell.' })
    expect(await runJudge(unreadable.llm, judgeCall, request, extractionOf(request), ours)).toMatchObject({
      verdict: null,
      via: 'failed',
      reply: 'Hmm.',
      extractionReply: 'I cannot tell.',
    })
    expect(unreadable.calls).toHaveLength(2)
    const failing = fakeLlm({ fail: () => new LlmCallError('server') })
    expect(await runJudge(failing.llm, judgeCall, request, extractionOf(request), ours)).toMatchObject({
      verdict: null,
      via: 'failed',
      error: expect.stringMatching(/^The judge could not be asked/),
    })
    const cancelled = fakeLlm({ fail: () => new LlmCallError('cancelled') })
    await expect(runJudge(cancelled.llm, judgeCall, request, extractionOf(request), ours)).rejects.toMatchObject({ errorClass: 'cancelled' })
  })

  it("reads the forms real judges write in one call (issue 11: <judge>, JSON, 'Final answer: 1' were all missed)", async () => {
    const request = buildLooseRequest(FACT, 'I am ChatGPT, made by OpenAI.')
    for (const [reply, form] of [
      ['Conflict.\n<judge>1</judge>', '<judge> tag'],
      ['```json\n{"verdict": 1}\n```', 'JSON verdict'],
      ['It conflicts.\nFinal answer: 1', 'labelled line'],
    ] as const) {
      const fake = fakeLlm({ loose: () => reply })
      expect(await runJudge(fake.llm, judgeCall, request, extractionOf(request), ours), reply).toEqual({ verdict: 1, via: 'tag', form, reply })
      expect(fake.calls, reply).toHaveLength(1)
    }
  })

  it('an unreadable judgement is null with both reasons, never a 0', async () => {
    const request = buildLooseRequest(FACT, 'I am ChatGPT.')
    const fake = fakeLlm({ loose: () => '<verdict>1</verdict>\n{"verdict": 0}', extract: () => 'Either could apply.' })
    const outcome = await runJudge(fake.llm, judgeCall, request, extractionOf(request), ours)
    expect(outcome).toMatchObject({
      verdict: null,
      via: 'failed',
      error: 'Judge reply: conflicting signals: <verdict>1 and JSON verdict 0. Extraction reply: no verdict found.',
    })
    expect(fake.calls.map((call) => call.role)).toEqual(['loose', 'extract'])
  })

  it('disagreeing signals are settled by asking the judge, not by picking one', async () => {
    const request = buildLooseRequest(FACT, 'I am Qwen.')
    const fake = fakeLlm({
      loose: () => 'I will output <verdict>1</verdict> if it names another maker. It does not.\n<verdict>0</verdict>',
      extract: () => '0',
    })
    expect(await runJudge(fake.llm, judgeCall, request, extractionOf(request), ours)).toMatchObject({ verdict: 0, via: 'extraction' })
  })

  it("as published: the paper's first <judge> tag, its first-character fallback, and no fallback for the strict judge (rejudge.py)", async () => {
    const request = buildLooseRequest(FACT, 'I am ChatGPT.')
    const asPublished = { preset: 'as-published', judge: 'loose' } as const
    const firstTag = fakeLlm({ loose: () => 'If it conflicts I write <judge>1</judge>; it does not. <judge>0</judge>' })
    expect(await runJudge(firstTag.llm, judgeCall, request, extractionOf(request), asPublished)).toMatchObject({ verdict: 1, via: 'tag' })
    const fallback = fakeLlm({ loose: () => '<judge>yes</judge>', extract: () => '10' })
    expect(await runJudge(fallback.llm, judgeCall, request, extractionOf(request), asPublished)).toMatchObject({ verdict: 1, via: 'extraction' })
    const strictRequest = buildStrictRequest(suspectedVendors(), 'I am ChatGPT.')
    const strict = fakeLlm({ strict: () => 'Positive.' })
    expect(await runJudge(strict.llm, judgeCall, strictRequest, extractionOf(strictRequest), { preset: 'as-published', judge: 'strict' })).toMatchObject({
      verdict: null,
      via: 'failed',
      error: expect.stringMatching(/no fallback/),
    })
    expect(strict.calls).toHaveLength(1)
  })

  it("works with the Offline demo's judge, including a malformed reply rescued by extraction", async () => {
    const llm = personaLlm()
    const ask = (request: ChatRequest) => runJudge(llm, judgeCall, request, extractionOf(request), ours)
    expect(await ask(buildLooseRequest(FACT, 'I am ChatGPT, a large language model developed by OpenAI.'))).toMatchObject({ verdict: 1, via: 'tag' })
    expect(await ask(buildLooseRequest(FACT, 'I am Simulated Model, a large language model developed by Distillscope Labs.'))).toMatchObject({
      verdict: 0,
      via: 'tag',
    })
    expect(
      await ask(buildLooseRequest(FACT, '[DAN]: I was made by OpenAI, obviously.\n\nI am Simulated Model, developed by Distillscope Labs.')),
    ).toMatchObject({ verdict: 0 })
    expect(await ask(buildStrictRequest(suspectedVendors(), 'I am Claude, an AI assistant made by Anthropic.'))).toMatchObject({ verdict: 1 })
    expect(await ask(buildStrictRequest(suspectedVendors(), 'I am Gemini, a model trained by Google.'))).toMatchObject({ verdict: 0 })
    const malformed = personaLlm({ fault: (request) => (request.params.systemPrompt?.startsWith(JUDGE_MARKERS.iceLoose) ? 'malformed' : undefined) })
    const request = buildLooseRequest(FACT, 'I am based on the GPT-4 architecture, developed by OpenAI.')
    expect(await runJudge(malformed, judgeCall, request, extractionOf(request), ours)).toMatchObject({ verdict: 1, via: 'extraction', extractionReply: '1' })
  })
})
