import { describe, expect, it } from 'vitest'
import { ICE_TAGS, JUDGE_MARKERS } from '../../../../../../../src/main/core/judges/judge-tags'
import type { ChatRequest } from '../../../../../../../src/main/core/llm/types'
import { buildLooseRequest } from '../../../../../../../src/main/core/evaluators/ice/judges/judge-prompts'
import { judgePromptsFor } from '../../../../../../../src/main/core/evaluators/ice/judges/judge-set'
import {
  buildPaperExtractionRequest,
  buildPaperLooseRequest,
  buildPaperStrictRequest,
  PAPER_SYSTEM_PROMPT,
} from '../../../../../../../src/main/core/evaluators/ice/judges/paper-judge-prompts'
import { runJudge, type VerdictReading } from '../../../../../../../src/main/core/evaluators/ice/judges/run-judge'
import { suspectedVendors } from '../../../../../../../src/main/core/evaluators/ice/judges/suspected-vendors'
import { paperLooseTexts, paperStrictText } from '../../../../../../../src/main/providers/simulator/personas/judge-ice-paper'
import { roleOf as simulatorRoleOf } from '../../../../../../../src/main/providers/simulator/personas/reply'
import { fakeLlm, personaLlm } from '../support'

// The "As published" ICE judges (issue 15 item 1), pinned against the paper's code paths in
// Aegis1863/LLMs-Distillation-Quantification: identity_jailbreak/run_gptfuzzer.py (factor_judge,
// the loose prompt, lines 25-35 of commit 584e6ab), identity_jailbreak/rejudge.py (llm_identity_check,
// lines 29-52), easyjailbreak/metrics/Evaluator/Evaluator_FactorJudge.py (_evaluate, commit 6705f5e:
// line 63 the call read between <judge> marks, line 65 int() of the first tag's text, lines 66-68 the
// fallback call quoting the reply and int() of its first character) and
// identity_jailbreak/LLM_agent.py (system prompt, temperature 0).

const FACT = 'I am Qwen, a large language model built by Alibaba Cloud. Alibaba Cloud belongs to Alibaba Group, a Chinese company headquartered in Hangzhou.'
const user = (request: ChatRequest) => request.messages.map((message) => message.content).join('\n')
const simRequest = (request: ChatRequest) =>
  ({ system: request.params.systemPrompt ?? '', messages: request.messages }) as Parameters<typeof simulatorRoleOf>[0]
const asPublished = (judge: 'loose' | 'strict'): VerdictReading => ({ preset: 'as-published', judge })
const judgeCall = { modelId: 'sim-judge' }

describe('the paper-form ICE judge prompts', () => {
  it('loose: one user message under "You are a helpful assistant." at temperature 0 (LLM_agent.py ans_from_api)', () => {
    const request = buildPaperLooseRequest(FACT, 'I am ChatGPT.')
    expect(request.messages).toHaveLength(1)
    expect(request.messages[0]?.role).toBe('user')
    expect(request.params).toEqual({ temperature: 0, systemPrompt: PAPER_SYSTEM_PROMPT })
    expect(PAPER_SYSTEM_PROMPT).toBe('You are a helpful assistant.')
  })

  it('loose: two facts in factor tags, the fact first and the answer second (run_gptfuzzer.py factor_judge.format(fact, response))', () => {
    const answer = 'Sure!\n[DAN]: I was made by OpenAI. </factor> "quoted" <factor>'
    const request = buildPaperLooseRequest(FACT, answer)
    expect(user(request)).toContain(`Fact 1: <factor>${FACT}</factor>, Fact 2: <factor>${answer}</factor>.`)
    expect(paperLooseTexts(user(request))).toEqual({ fact: FACT, answer: answer.trim() })
  })

  it('loose: what counts and what does not is the paper’s: other models and bracketed role-play only, no extra exclusions', () => {
    const text = user(buildPaperLooseRequest(FACT, 'x'))
    expect(text).toMatch(/"ChatGPT is built by OpenAI"/)
    expect(text).toMatch(/"\[Claude\]: I am built by Anthropic"/)
    expect(text).toMatch(/square brackets/)
    expect(text).toMatch(/Alibaba Cloud.*OpenAI/s)
    // Ours also excludes these; the paper's prompt does not, and neither may this one.
    expect(text).not.toMatch(/fiction|refus|does not mention|details/i)
    // The verdict is asked for in the paper's tag, never in ours.
    expect(text).toMatch(/<judge>1<\/judge> or <judge>0<\/judge>/)
    expect(text).not.toMatch(/<verdict>|<identity_fact>|<model_answer>/)
  })

  it('strict: the answer in double quotes, the four claims and the four mixed cases for the default vendors, the <rate> tag (rejudge.py)', () => {
    const request = buildPaperStrictRequest(suspectedVendors(), 'I am ChatGPT.')
    const text = user(request)
    expect(request.params).toEqual({ temperature: 0, systemPrompt: PAPER_SYSTEM_PROMPT })
    expect(text).toContain('The text to judge: "I am ChatGPT.".')
    expect(text.match(/^\d\. /gm)).toHaveLength(8)
    expect(text).toMatch(/developed or created by OpenAI/)
    expect(text).toMatch(/developed or created by Anthropic/)
    expect(text).toMatch(/the ChatGPT or GPT series, but OpenAI did not develop me/)
    expect(text).toMatch(/Anthropic developed me, but I am not a model of the Claude series/)
    expect(text).toMatch(/<rate>0<\/rate> or <rate>1<\/rate>/)
    // rejudge.py excludes nothing, not even role-play.
    expect(text).not.toMatch(/role-play|character|fiction/i)
    expect(paperStrictText(text)).toEqual({ answer: 'I am ChatGPT.', vendors: ['OpenAI', 'Anthropic'] })
  })

  it('fallback: a fresh call quoting the reply and asking for the bare score (Evaluator_FactorJudge.py _evaluate, except)', () => {
    const request = buildPaperExtractionRequest('I think <judge>yes</judge>')
    expect(request.messages).toHaveLength(1)
    expect(user(request)).toMatch(/<judge> tag/)
    expect(user(request)).toContain('"I think <judge>yes</judge>"')
    // The paper's fallback never replays the conversation.
    expect(judgePromptsFor('as-published').extraction(buildPaperLooseRequest(FACT, 'a'), 'reply').messages).toHaveLength(1)
    expect(judgePromptsFor('distillscope').extraction(buildLooseRequest(FACT, 'a'), 'reply').messages).toHaveLength(3)
  })

  it('the simulator knows each paper-form prompt by its opening words (JUDGE_MARKERS)', () => {
    expect(simulatorRoleOf(simRequest(buildPaperLooseRequest(FACT, 'a')))).toBe('iceLoosePaper')
    expect(simulatorRoleOf(simRequest(buildPaperStrictRequest(suspectedVendors(), 'a')))).toBe('iceStrictPaper')
    expect(simulatorRoleOf(simRequest(buildPaperExtractionRequest('a')))).toBe('iceExtractPaper')
    for (const marker of [JUDGE_MARKERS.iceLoosePaper, JUDGE_MARKERS.iceStrictPaper, JUDGE_MARKERS.iceExtractPaper])
      expect(Object.values(ICE_TAGS).some((tag) => marker.includes(tag))).toBe(false)
  })
})

describe('the paper-form judges read as the paper reads them', () => {
  it('the first <judge> tag wins, even an echoed example (Evaluator_FactorJudge.py: judge[0])', async () => {
    const request = buildPaperLooseRequest(FACT, 'I am ChatGPT.')
    const fake = fakeLlm({ loose: () => 'I answer like <judge>1</judge> or <judge>0</judge>. Here: <judge>0</judge>' })
    expect(await runJudge(fake.llm, judgeCall, request, (reply) => buildPaperExtractionRequest(reply), asPublished('loose'))).toMatchObject({
      verdict: 1,
      via: 'tag',
    })
  })

  it('an unreadable tag goes to the fallback call, read by its first character', async () => {
    const request = buildPaperLooseRequest(FACT, 'I am ChatGPT.')
    const fake = fakeLlm({ loose: () => 'Conflict. <judge>yes</judge>', extract: () => '1 (conflict)' })
    expect(await runJudge(fake.llm, judgeCall, request, (reply) => buildPaperExtractionRequest(reply), asPublished('loose'))).toMatchObject({
      verdict: 1,
      via: 'extraction',
    })
    const extraction = fake.calls.find((call) => call.role === 'extract')
    expect(extraction?.request.messages).toHaveLength(1)
    expect(extraction?.request.messages[0]?.content).toContain('Conflict. <judge>yes</judge>')
  })

  it("the Offline demo's judge answers the paper-form prompts in the paper's tags", async () => {
    const llm = personaLlm()
    const ask = (request: ChatRequest, judge: 'loose' | 'strict') =>
      runJudge(llm, judgeCall, request, (reply) => buildPaperExtractionRequest(reply), asPublished(judge))
    const leak = await ask(buildPaperLooseRequest(FACT, 'I am ChatGPT, a large language model developed by OpenAI.'), 'loose')
    expect(leak).toMatchObject({ verdict: 1, via: 'tag' })
    expect(leak.reply).toMatch(/<judge>1<\/judge>$/)
    expect(await ask(buildPaperLooseRequest(FACT, 'I am Qwen, developed by Alibaba Cloud.'), 'loose')).toMatchObject({ verdict: 0, via: 'tag' })
    const strict = await ask(buildPaperStrictRequest(suspectedVendors(), 'I am Claude, an AI assistant made by Anthropic.'), 'strict')
    expect(strict).toMatchObject({ verdict: 1, via: 'tag' })
    expect(strict.reply).toMatch(/<rate>1<\/rate>$/)
    expect(await ask(buildPaperStrictRequest(suspectedVendors(), 'I am Gemini, a model trained by Google.'), 'strict')).toMatchObject({ verdict: 0 })
  })

  it("a malformed Offline demo reply is rescued by the paper's fallback call", async () => {
    const llm = personaLlm({ fault: (request) => (request.messages[0]?.content.startsWith(JUDGE_MARKERS.iceLoosePaper) ? 'malformed' : undefined) })
    const request = buildPaperLooseRequest(FACT, 'I am based on GPT-4, developed by OpenAI.')
    expect(await runJudge(llm, judgeCall, request, (reply) => buildPaperExtractionRequest(reply), asPublished('loose'))).toMatchObject({
      verdict: 1,
      via: 'extraction',
      extractionReply: '1',
    })
  })
})
