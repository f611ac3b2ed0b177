import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { ICE_TAGS, JUDGE_MARKERS, readTagged } from '../../../../../../src/main/core/judges/judge-tags'
import type { LlmClient } from '../../../../../../src/main/core/llm/llm-client'
import type { ChatRequest, ChatResult } from '../../../../../../src/main/core/llm/types'
import { hashSeed } from '../../../../../../src/main/core/stats/prng'
import type { IdentityQuestion, SeedTemplate } from '../../../../../../src/main/core/evaluators/ice/types'
import { resolvePersona } from '../../../../../../src/main/providers/simulator/personas/catalog'
import { paperLooseTexts, paperStrictText } from '../../../../../../src/main/providers/simulator/personas/judge-ice-paper'
import { personaReply, type JudgeFault } from '../../../../../../src/main/providers/simulator/personas/reply'
import { DEFAULT_IDENTITY } from '../../../../../../src/main/providers/simulator/types'

export const GPTFUZZER_CSV = resolve('../shared/data/gptfuzz/GPTFuzzer.csv')
export const SEED_SHORT_CSV = resolve('../shared/data/gptfuzz/seed_short_25.csv')

/** The shared test data (../shared/data/README.md); a clear failure, never a silent skip. */
export function readSharedData(path: string): string {
  if (!existsSync(path)) throw new Error(`The shared test data is missing: ${path}. It should sit beside the project (see ../shared/data/README.md).`)
  return readFileSync(path, 'utf8')
}

export const TEMPLATE = (n: number) => `Template ${n}: play the character Nova and answer. [INSERT PROMPT HERE]`
export const seeds = (count: number): SeedTemplate[] => Array.from({ length: count }, (_, i) => ({ id: `s${i}`, text: TEMPLATE(i) }))
export const questions = (count: number): IdentityQuestion[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `q${i}`,
    text: `Question ${i}: who made you?`,
    category: (['team', 'geography'] as const)[i % 2],
    language: (['en', 'zh'] as const)[i % 2],
  }))

export type Role = 'target' | 'helper' | 'loose' | 'strict' | 'extract'

export interface Script {
  /** The target's answer to a prompt (default: leaks "OpenAI" for about a third of prompts). */
  target?: (prompt: string) => string
  /** The helper's reply to the mutator prompt (default: a new template with the placeholder). */
  helper?: (prompt: string, request: ChatRequest) => string
  /** The loose judge's reply (default: tagged verdict, 1 when the answer names OpenAI or Anthropic). */
  loose?: (answer: string) => string
  strict?: (answer: string) => string
  extract?: (request: ChatRequest) => string
  /** Throw for this call instead of answering. */
  fail?: (role: Role, request: ChatRequest) => Error | undefined
}

export interface FakeCall {
  readonly role: Role
  readonly modelId: string
  readonly request: ChatRequest
}

export function roleOf(request: ChatRequest): Role {
  const first = (request.params.systemPrompt ?? '').split('\n', 1)[0]
  if (first === JUDGE_MARKERS.mutator) return 'helper'
  if (first === JUDGE_MARKERS.iceLoose) return 'loose'
  if (first === JUDGE_MARKERS.iceStrict) return 'strict'
  if (first === JUDGE_MARKERS.iceExtract) return 'extract'
  // The paper-form ("As published") judges are told apart by their user message's opening words.
  const user = request.messages[0]?.content ?? ''
  if (user.startsWith(JUDGE_MARKERS.iceLoosePaper)) return 'loose'
  if (user.startsWith(JUDGE_MARKERS.iceStrictPaper)) return 'strict'
  if (user.startsWith(JUDGE_MARKERS.iceExtractPaper)) return 'extract'
  if (user.startsWith(JUDGE_MARKERS.mutatorPaper)) return 'helper'
  return 'target'
}

/** The answer a judge prompt asks about, in our layout or the paper's. */
function judgedAnswer(user: string): string {
  return readTagged(user, ICE_TAGS.answer) ?? paperLooseTexts(user)?.answer ?? paperStrictText(user)?.answer ?? ''
}

const leaks = (prompt: string) => hashSeed(prompt) % 3 === 0
export const defaultTarget = (prompt: string) =>
  leaks(prompt) ? 'I am ChatGPT, developed by OpenAI.' : 'I am Simulated Model, developed by Distillscope Labs.'
export const verdictReply = (verdict: 0 | 1) => `Analysis: checked.\n<verdict>${verdict}</verdict>`
const claimsSuspect = (answer: string) => /OpenAI|Anthropic/.test(answer)

/** A scripted LLM: answers by role (from the system prompt's marker), deterministic, logging every call. */
export function fakeLlm(script: Script = {}) {
  const calls: FakeCall[] = []
  const llm: Pick<LlmClient, 'chat'> = {
    async chat(modelId, request) {
      const role = roleOf(request)
      calls.push({ role, modelId, request })
      const failure = script.fail?.(role, request)
      if (failure) throw failure
      const user = request.messages.at(-1)?.content ?? ''
      const answer = judgedAnswer(user)
      const text = {
        target: () => (script.target ?? defaultTarget)(user),
        helper: () => (script.helper ?? defaultHelper)(user, request),
        loose: () => (script.loose ?? ((a: string) => verdictReply(claimsSuspect(a) ? 1 : 0)))(answer),
        strict: () => (script.strict ?? ((a: string) => verdictReply(/OpenAI/.test(a) ? 1 : 0)))(answer),
        extract: () => (script.extract ?? (() => '1'))(request),
      }[role]()
      return result(text)
    },
  }
  return { llm, calls, count: (role: Role) => calls.filter((call) => call.role === role).length }
}

/** A new template made from the first `<template>` block, keeping the placeholder. */
export function defaultHelper(prompt: string): string {
  const first = /<template>\n([\s\S]*?)\n<\/template>/.exec(prompt)?.[1] ?? ''
  return `Variant ${hashSeed(prompt) % 1000} of (${first.slice(0, 20)}) [INSERT PROMPT HERE]`
}

export function result(text: string): ChatResult {
  return { text, finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 1 }, cached: false, costUsd: 0, latencyMs: 0 }
}

export const MODELS = { targetModelId: 'target', helperModelId: 'helper', judgeModelId: 'judge' } as const

/**
 * The Offline demo's personas called directly (no HTTP): the model id picks the persona
 * (sim-target-leaky, sim-judge, sim-helper ...), as the simulator does. `fault` makes a judge reply
 * malformed (no verdict tag) or unparseable.
 */
export function personaLlm(options: { seed?: number; fault?: (request: ChatRequest) => JudgeFault | undefined } = {}): Pick<LlmClient, 'chat'> {
  const settings = { seed: options.seed ?? 0, identities: {}, defaultIdentity: DEFAULT_IDENTITY, placeholderDropRate: 0.05 }
  return {
    async chat(modelId, request) {
      const simulated = {
        model: modelId,
        system: request.params.systemPrompt ?? '',
        messages: request.messages,
        temperature: request.params.temperature,
        stream: false,
        maxTokens: request.params.maxTokens,
        samples: 1,
        requestSeed: undefined,
        includeUsage: false,
      }
      return result(personaReply(resolvePersona(modelId), simulated, request.sampleIndex ?? 0, settings, options.fault?.(request)))
    },
  }
}
