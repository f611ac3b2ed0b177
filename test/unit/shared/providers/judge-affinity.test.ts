import { describe, expect, it } from 'vitest'
import {
  iceJudgeAffinity,
  judgeAffinityMessage,
  judgeAffinityMessages,
  panelAdvice,
  rseJudgeAffinity,
  specAffinityMessages,
} from '../../../../src/shared/providers/judge-affinity'

const m = (model: string, alias = model) => ({ alias, model })
const GPT = m('gpt-4o-mini', 'j1')
const CLAUDE = m('claude-3-5-haiku-latest', 'j2')
const GEMINI = m('gemini-1.5-flash', 'j3')
const QWEN = m('qwen2.5-72b-instruct')
const LLAMA = m('meta-llama/Llama-3.1-70B-Instruct')
const DEEPSEEK = m('deepseek-chat')

describe('rseJudgeAffinity', () => {
  it('warns about a judge of the reference’s family and of each student’s', () => {
    const warnings = rseJudgeAffinity({ judges: [GPT, CLAUDE], reference: m('gpt-4o'), students: [QWEN, m('claude-3-haiku-20240307'), LLAMA] })
    expect(warnings).toEqual([
      { judge: GPT, family: 'OpenAI', with: 'reference', other: 'gpt-4o' },
      { judge: CLAUDE, family: 'Anthropic', with: 'student', other: 'claude-3-haiku-20240307' },
    ])
  })

  it('says nothing when the families differ or cannot be told', () => {
    expect(rseJudgeAffinity({ judges: [GEMINI, DEEPSEEK], reference: m('gpt-4o'), students: [QWEN, LLAMA] })).toEqual([])
    expect(rseJudgeAffinity({ judges: [m('sim-judge'), m('my-house-model')], reference: m('sim-reference'), students: [m('sim-judge')] })).toEqual([])
    expect(rseJudgeAffinity({ judges: [GPT], reference: undefined, students: [] })).toEqual([])
  })
})

describe('iceJudgeAffinity', () => {
  it('warns about a judge of the target’s family and a judge whose vendor is suspected, case-insensitively', () => {
    const warnings = iceJudgeAffinity({ judges: [GPT, CLAUDE, QWEN], target: m('qwen-max'), suspectedVendors: ['openai', 'Anthropic '] })
    expect(warnings).toEqual([
      { judge: QWEN, family: 'Alibaba', with: 'target', other: 'qwen-max' },
      { judge: GPT, family: 'OpenAI', with: 'suspected source', other: 'openai' },
      { judge: CLAUDE, family: 'Anthropic', with: 'suspected source', other: 'Anthropic' },
    ])
  })

  it('says nothing for other vendors, a vendor that only contains the family’s name, or unknown ids', () => {
    expect(iceJudgeAffinity({ judges: [GEMINI, LLAMA], target: DEEPSEEK, suspectedVendors: ['OpenAI', 'Anthropic'] })).toEqual([])
    expect(iceJudgeAffinity({ judges: [GPT], target: undefined, suspectedVendors: ['OpenAI Inc'] })).toEqual([])
    expect(iceJudgeAffinity({ judges: [m('sim-judge')], target: m('sim-target'), suspectedVendors: ['OpenAI'] })).toEqual([])
  })
})

describe('judgeAffinityMessage', () => {
  it('names the judge, the family, the other model or vendor, and why it matters', () => {
    const reference = judgeAffinityMessage({ judge: GPT, family: 'OpenAI', with: 'reference', other: 'gpt-4o' })
    expect(reference).toContain('“j1” (gpt-4o-mini)')
    expect(reference).toContain('reference (gpt-4o)')
    expect(reference).toContain('OpenAI')
    expect(reference).toContain('favour')
    const student = judgeAffinityMessage({ judge: m('claude-3-5-haiku-latest'), family: 'Anthropic', with: 'student', other: 'claude-3-haiku' })
    expect(student).toMatch(/^The judge claude-3-5-haiku-latest and the student claude-3-haiku are both Anthropic models/)
    expect(judgeAffinityMessage({ judge: QWEN, family: 'Alibaba', with: 'target', other: 'qwen-max' })).toContain('target (qwen-max)')
    const source = judgeAffinityMessage({ judge: GPT, family: 'OpenAI', with: 'suspected source', other: 'OpenAI' })
    expect(source).toContain('OpenAI is a suspected source')
    expect(source).toContain('partial')
  })

  it('words one sentence per warning', () => {
    const messages = judgeAffinityMessages(rseJudgeAffinity({ judges: [GPT], reference: m('gpt-4o'), students: [m('gpt-4o-mini')] }))
    expect(messages).toHaveLength(2)
    for (const message of messages) expect(message.match(/\.\s/g)).toBeNull()
  })
})

describe('panelAdvice', () => {
  it('has nothing to say about one judge or an odd panel from two families', () => {
    expect(panelAdvice([GPT])).toBeUndefined()
    expect(panelAdvice([])).toBeUndefined()
    expect(panelAdvice([GPT, CLAUDE, GEMINI])).toBeUndefined()
    expect(panelAdvice([GPT, m('gpt-4o'), CLAUDE])).toBeUndefined()
  })

  it('notes that an even panel can tie', () => {
    const advice = panelAdvice([GPT, CLAUDE])
    expect(advice).toContain('2 judges can tie')
    expect(advice).toContain('split')
    expect(advice).toContain('an odd number of judges from at least two vendor families')
  })

  it('notes a panel of one family, of unknown families, and both problems at once', () => {
    expect(panelAdvice([GPT, m('gpt-4o'), m('o3-mini')])).toContain('ll the judges are OpenAI models')
    expect(panelAdvice([m('sim-judge'), m('sim-judge-harsh'), m('sim-judge-json')])).toContain('unknown')
    expect(panelAdvice([GPT, m('sim-judge'), m('house-model')])).toContain('he only known vendor family among the judges is OpenAI')
    const both = panelAdvice([GPT, m('gpt-4o')])
    expect(both).toContain('2 judges can tie')
    expect(both).toContain('ll the judges are OpenAI models')
  })
})

describe('specAffinityMessages', () => {
  const ids: Record<string, string> = { ref: 'gpt-4o', s1: 'qwen2.5-72b-instruct', j1: 'gpt-4o-mini', j2: 'gemini-1.5-flash', t: 'deepseek-chat' }
  it('reads every judge of an RSE spec through the aliases', () => {
    const messages = specAffinityMessages({ kind: 'rse', reference: 'ref', students: ['s1'] }, ['j2', 'j1'], (alias) => ids[alias])
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain('“j1” (gpt-4o-mini)')
  })

  it('warns about an ICE judge of a suspected vendor, and skips aliases it cannot resolve', () => {
    const messages = specAffinityMessages({ kind: 'ice', target: 't', suspectedVendors: ['OpenAI'] }, ['j1', 'missing'], (alias) => ids[alias])
    expect(messages).toEqual([expect.stringContaining('OpenAI is a suspected source')])
  })
})
