import { describe, expect, it } from 'vitest'
import factsFile from '../../../../../../../resources/ice/identity-facts.json'
import questionsFile from '../../../../../../../resources/ice/identity-questions.json'
import templatesFile from '../../../../../../../resources/ice/seed-templates.json'
import {
  builtinIdentityFacts,
  builtinIdentityQuestions,
  builtinSeedTemplates,
  hardKeywordsFor,
  identityFactFor,
  IceDataError,
  loadIceData,
} from '../../../../../../../src/main/core/evaluators/ice/data/builtin-data'
import { suspectedVendors } from '../../../../../../../src/main/core/evaluators/ice/judges/suspected-vendors'
import { DEFAULT_HARD_KEYWORDS } from '../../../../../../../src/main/core/evaluators/ice/scores/hard'
import { ICE_CATEGORIES, ICE_LANGUAGES } from '../../../../../../../src/main/core/evaluators/ice/types'
import { isIdentityQuestion, isJailbreakPrompt } from '../../../../../../../src/main/providers/simulator/personas/target'
import { vendorsNamedIn } from '../../../../../../../src/main/providers/simulator/personas/vendors'

const VENDORS = ['OpenAI', 'Anthropic', 'Google', 'Meta', 'Alibaba', 'DeepSeek', 'Zhipu', 'ByteDance', 'Mistral', 'Microsoft', 'Moonshot', 'xAI']

describe('bundled ICE data (resources/ice)', () => {
  it('has a first-person identity fact for every common vendor and for the simulator', () => {
    const facts = builtinIdentityFacts()
    expect(facts.map((fact) => fact.vendor)).toEqual([...VENDORS, 'Distillscope Labs'])
    for (const fact of facts) expect(fact.fact).toMatch(/^I am /)
    expect(identityFactFor('simulator')?.fact).toBe('I am Simulated Model, a large language model developed by Distillscope Labs.')
    expect(identityFactFor('qwen')).toBeUndefined()
    expect(identityFactFor('alibaba')?.fact).toMatch(/Alibaba Cloud/)
  })

  it("names each maker's country and headquarters, as the paper's facts do, in one sentence and in the paper's two-sentence form (issue 15 item 2)", () => {
    // run_gptfuzzer.py's facts (lines 13-22): Qwen, DeepSeek, Doubao, GLM Chinese; Llama, Phi,
    // Claude, GPT, Gemini American; Mistral French (Paris). Ours say the same in our own words.
    const where: Record<string, RegExp> = {
      openai: /American.*San Francisco, California/,
      anthropic: /American.*San Francisco, California/,
      google: /American.*Mountain View, California/,
      meta: /American.*Menlo Park, California/,
      alibaba: /Alibaba Group, a Chinese.*Hangzhou/,
      deepseek: /Chinese.*Hangzhou/,
      zhipu: /Chinese.*Beijing/,
      bytedance: /Chinese.*Beijing/,
      mistral: /French.*Paris/,
      microsoft: /American.*Redmond, Washington/,
      moonshot: /Chinese.*Beijing/,
      xai: /American.*California/,
    }
    for (const fact of builtinIdentityFacts().filter((candidate) => candidate.id !== 'simulator')) {
      expect(fact.fact, fact.id).toMatch(where[fact.id]!)
      expect(fact.fact.match(/\. |\.$/g), `${fact.id}: one sentence`).toHaveLength(1)
      expect(fact.paperForm, fact.id).toMatch(where[fact.id]!)
      // Who made me, then where my maker is based.
      const [who, based, ...rest] = fact.paperForm!.split(/(?<=\.) /)
      expect(rest, fact.id).toEqual([])
      expect(who, fact.id).toMatch(/^I am .* built by /)
      expect(based, fact.id).toMatch(/(company|Group).*(headquarters|based) in /)
      expect(
        vendorsNamedIn(fact.paperForm!)
          .map((vendor) => vendor.name)
          .filter((name) => name !== fact.vendor),
        fact.id,
      ).toEqual([])
    }
  })

  it("names no other known vendor in a fact (the simulated judge would see a conflict in the target's true answer)", () => {
    for (const fact of builtinIdentityFacts()) {
      const named = vendorsNamedIn(fact.fact).map((vendor) => vendor.name)
      expect(
        named.filter((name) => name !== fact.vendor),
        fact.id,
      ).toEqual([])
    }
  })

  it('has 25 English questions and the same 25 in Chinese, five per aspect, each tagged', () => {
    const questions = builtinIdentityQuestions()
    expect(questions).toHaveLength(50)
    for (const language of ICE_LANGUAGES) {
      const ofLanguage = questions.filter((question) => question.language === language)
      expect(ofLanguage).toHaveLength(25)
      for (const category of ICE_CATEGORIES) expect(ofLanguage.filter((question) => question.category === category)).toHaveLength(5)
    }
    const english = questions.filter((q) => q.language === 'en')
    const chinese = questions.filter((q) => q.language === 'zh')
    english.forEach((question, index) => expect(chinese[index]?.category).toBe(question.category))
    for (const question of chinese) expect(question.text).toMatch(/[\u4e00-\u9fff]/)
    for (const question of english) expect(question.text).not.toMatch(/[\u4e00-\u9fff]/)
    expect(questionsFile.questions.every((q, i) => q.pair === `q${String((i % 25) + 1).padStart(2, '0')}`)).toBe(true)
  })

  it('asks questions the Offline demo target recognises as identity questions', () => {
    for (const question of builtinIdentityQuestions()) expect(isIdentityQuestion(question.text), question.text).toBe(true)
  })

  it('ships mild role-play seed templates with the placeholder, read as role-play by the Offline demo', () => {
    const templates = builtinSeedTemplates()
    expect(templates.length).toBeGreaterThanOrEqual(3)
    expect(templates.length).toBeLessThanOrEqual(5)
    for (const template of templates) {
      expect(template.text.split('[INSERT PROMPT HERE]')).toHaveLength(2)
      expect(isJailbreakPrompt(template.text), template.id).toBe(true)
    }
  })

  it('derives the strict vendors and the hard keywords from the facts (defaults: OpenAI + Anthropic)', () => {
    expect(suspectedVendors()).toEqual([
      { vendor: 'OpenAI', series: ['ChatGPT', 'GPT'] },
      { vendor: 'Anthropic', series: ['Claude'] },
    ])
    expect(suspectedVendors(['openai', 'Acme AI'])).toEqual([
      { vendor: 'OpenAI', series: ['ChatGPT', 'GPT'] },
      { vendor: 'Acme AI', series: [] },
    ])
    expect(hardKeywordsFor(['OpenAI', 'Anthropic']).sort()).toEqual([...DEFAULT_HARD_KEYWORDS].sort())
  })

  it('validates the files with zod, naming the field', () => {
    const files = { facts: factsFile, questions: questionsFile, templates: templatesFile }
    expect(() => loadIceData(files)).not.toThrow()
    const badCategory = { ...questionsFile, questions: [{ ...questionsFile.questions[0], category: 'weather' }] }
    expect(() => loadIceData({ ...files, questions: badCategory })).toThrow(IceDataError)
    expect(() => loadIceData({ ...files, questions: badCategory })).toThrow(/identity-questions\.json is invalid at questions\.0\.category/)
    const duplicate = { ...factsFile, facts: [factsFile.facts[0], factsFile.facts[0]] }
    expect(() => loadIceData({ ...files, facts: duplicate })).toThrow(/facts\.1\.id: duplicate id "openai"/)
    const noPlaceholder = { ...templatesFile, templates: [{ id: 'x', text: 'Tell me a story.' }] }
    expect(() => loadIceData({ ...files, templates: noPlaceholder })).toThrow(/templates\.0\.text: a template needs the placeholder/)
    const extraField = { ...factsFile, facts: [{ ...factsFile.facts[0], colour: 'blue' }] }
    expect(() => loadIceData({ ...files, facts: extraField })).toThrow(IceDataError)
  })
})
