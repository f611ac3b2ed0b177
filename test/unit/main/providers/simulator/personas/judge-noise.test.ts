import { describe, expect, it } from 'vitest'
import { buildRseJudgeRequest } from '../../../../../../src/main/core/evaluators/rse/judge-prompt'
import { parseRseJudgeReply } from '../../../../../../src/main/core/evaluators/rse/judge-parser'
import { resolvePersona } from '../../../../../../src/main/providers/simulator/personas/catalog'
import { noisyOverall, scoreRse } from '../../../../../../src/main/providers/simulator/personas/judge-rse'
import { personaReply } from '../../../../../../src/main/providers/simulator/personas/reply'
import { DEFAULT_IDENTITY, type ChatRequest as SimRequest } from '../../../../../../src/main/providers/simulator/types'
import maths from '../../../../../../resources/prompt-sets/maths.json'
import reasoning from '../../../../../../resources/prompt-sets/general-reasoning.json'

/**
 * Demo scores vary as real ones would (issue 18 item 7): per prompt and per judgement, from the
 * simulator's seed and the request's `seed`, while the same inputs reproduce exactly.
 */
const settings = (seed = 7) => ({ seed, identities: {}, defaultIdentity: DEFAULT_IDENTITY, placeholderDropRate: 0 })

function wire(model: string, system: string, content: string, requestSeed?: number): SimRequest {
  return {
    model,
    system,
    messages: [{ role: 'user', content }],
    temperature: 0,
    stream: false,
    maxTokens: undefined,
    samples: 1,
    requestSeed,
    includeUsage: false,
  }
}

/** One RSE judgement of a student's answer, as a run makes it over the simulator. */
function judged(question: string, student: string, options: { seed?: number; requestSeed?: number } = {}): number {
  const ask = (model: string, content: string, system = '') =>
    personaReply(resolvePersona(model), wire(model, system, content, options.requestSeed), 0, settings(options.seed))
  const reference = ask('sim-reference', question)
  const candidate = ask(student, question)
  const request = buildRseJudgeRequest({ question, reference, candidate })
  const parsed = parseRseJudgeReply(ask('sim-judge', request.messages[0]?.content ?? '', request.params.systemPrompt ?? ''))
  if (!parsed.ok) throw new Error('the simulated judge should always be readable here')
  return parsed.scores.overall
}

const prompts = (set: { data: { prompt: string }[] }) => set.data.slice(0, 12).map((item) => item.prompt)
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length
const scores = (set: readonly string[], options: { seed?: number; requestSeed?: number } = {}) =>
  set.flatMap((question) => ['sim-student-close', 'sim-student-far'].map((student) => judged(question, student, options)))

describe('the simulated RSE judge scores', () => {
  it('reproduce exactly for the same prompts and seed', () => {
    expect(scores(prompts(maths))).toEqual(scores(prompts(maths)))
    expect(scores(prompts(maths), { requestSeed: 3 })).toEqual(scores(prompts(maths), { requestSeed: 3 }))
  })

  it('give two prompt sets different means, and vary within a set', () => {
    // Whole sets: means of whole-number scores can still coincide by chance, as real ones can.
    const closeOnly = (set: { data: { prompt: string }[] }) => set.data.map((item) => judged(item.prompt, 'sim-student-close'))
    const a = closeOnly(maths)
    const b = closeOnly(reasoning)
    expect(mean(a)).not.toBe(mean(b))
    expect(new Set(a).size).toBeGreaterThan(1)
  })

  it('change with the simulator seed and with the request seed', () => {
    const base = scores(prompts(reasoning))
    expect(scores(prompts(reasoning), { seed: 8 })).not.toEqual(base)
    expect(scores(prompts(reasoning), { requestSeed: 42 })).not.toEqual(base)
  })

  it('keep a close student above a far one', () => {
    const set = [...prompts(maths), ...prompts(reasoning)]
    expect(mean(set.map((q) => judged(q, 'sim-student-close')))).toBeGreaterThan(mean(set.map((q) => judged(q, 'sim-student-far'))) + 0.5)
  })

  it('give an exact copy 5 whatever the noise, and stay on 1-5', () => {
    const exact = scoreRse('Same text here.', 'Same text here.')
    for (const seed of [1, 2, 3, 4, 5])
      expect(noisyOverall(exact, { question: 'q', reference: 'Same text here.', candidate: 'Same text here.' }, { seed })).toBe(5)
    const far = scoreRse('Vaccines train the immune system.', 'Sourdough needs a hot oven.')
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const overall = noisyOverall(far, { question: 'q', reference: 'a', candidate: 'b' }, { seed })
      expect(overall).toBeGreaterThanOrEqual(1)
      expect(overall).toBeLessThanOrEqual(5)
    }
  })
})

describe('a simulated student at temperature 0', () => {
  it("answers differently for another request seed, the same for the same one; the reference's answer does not change", () => {
    const q = prompts(reasoning)[0] ?? ''
    const reply = (model: string, requestSeed?: number) => personaReply(resolvePersona(model), wire(model, '', q, requestSeed), 0, settings())
    expect(reply('sim-student-close', 1)).toBe(reply('sim-student-close', 1))
    expect(reply('sim-student-close', 1)).not.toBe(reply('sim-student-close', 2))
    expect(reply('sim-reference', 1)).toBe(reply('sim-reference', 2))
  })
})
