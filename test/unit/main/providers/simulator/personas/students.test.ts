import { describe, expect, it } from 'vitest'
import { resolvePersona } from '../../../../../../src/main/providers/simulator/personas/catalog'
import { scoreRse } from '../../../../../../src/main/providers/simulator/personas/judge-rse'
import { personaReply } from '../../../../../../src/main/providers/simulator/personas/reply'
import { wordJaccard } from '../../../../../../src/main/providers/simulator/personas/text'
import { chat, QUESTIONS, settings } from '../support'

const answer = (model: string, question: string, options: Parameters<typeof chat>[2] = {}, seed = 7) =>
  personaReply(resolvePersona(model), chat(model, question, options), 0, settings({ seed }))

const meanSimilarity = (model: string, measure: (a: string, b: string) => number) =>
  QUESTIONS.reduce((sum, q) => sum + measure(answer('sim-reference', q), answer(model, q)), 0) / QUESTIONS.length

describe('persona ids', () => {
  it('resolve named and numbered knobs, and fall back to a generic model', () => {
    expect(resolvePersona('sim-student-close')).toEqual({ kind: 'student', id: 'sim-student-close', keep: 0.85 })
    expect(resolvePersona('sim-student-far')).toMatchObject({ kind: 'student', keep: 0.3 })
    expect(resolvePersona('sim-student-0.6')).toMatchObject({ kind: 'student', keep: 0.6 })
    expect(resolvePersona('sim-target-0.25')).toMatchObject({ kind: 'target', leakRate: 0.25 })
    expect(resolvePersona('sim-target-leaky')).toMatchObject({ kind: 'target', leakRate: 0.6 })
    // Out of range or misspelt knobs are not silently clamped: they are just another model.
    expect(resolvePersona('sim-student-1.5').kind).toBe('generic')
    expect(resolvePersona('gpt-4o').kind).toBe('generic')
  })
})

describe('reference and students', () => {
  it('the reference writes several sentences built on the question', () => {
    const text = answer('sim-reference', 'How does photosynthesis work in desert plants?')
    expect(text.split(/(?<=[.!?])\s+/).length).toBeGreaterThanOrEqual(4)
    expect(text.toLowerCase()).toMatch(/photosynthesis|desert|plants/)
  })

  it('a close student is more similar to the reference than a far one, by word overlap and by the judge', () => {
    const close = meanSimilarity('sim-student-close', wordJaccard)
    const far = meanSimilarity('sim-student-far', wordJaccard)
    expect(close).toBeGreaterThan(far + 0.15)
    const judged = (model: string) => meanSimilarity(model, (a, b) => scoreRse(a, b).overall)
    expect(judged('sim-student-close')).toBeGreaterThan(judged('sim-student-0.6'))
    expect(judged('sim-student-0.6')).toBeGreaterThan(judged('sim-student-far'))
  })

  it('the reference against itself at temperature 0 is identical; warmer samples drift', () => {
    const q = QUESTIONS[0] ?? ''
    expect(answer('sim-reference', q)).toBe(answer('sim-reference', q))
    expect(answer('sim-reference', q, { temperature: 1 })).not.toBe(answer('sim-reference', q))
  })

  it('is deterministic for a seed, and the seed matters', () => {
    const replies = (seed: number) => QUESTIONS.slice(0, 5).map((q) => answer('sim-student-0.5', q, {}, seed))
    expect(replies(1)).toEqual(replies(1))
    expect(replies(1)).not.toEqual(replies(2))
  })

  it('at temperature > 0, the sample index and the request seed give other samples; at 0 they do not', () => {
    const spec = resolvePersona('sim-reference')
    const q = QUESTIONS[1] ?? ''
    const warm = chat('sim-reference', q, { temperature: 0.8 })
    expect(personaReply(spec, warm, 0, settings())).not.toBe(personaReply(spec, warm, 1, settings()))
    expect(personaReply(spec, warm, 0, settings())).not.toBe(personaReply(spec, { ...warm, requestSeed: 5 }, 0, settings()))
    const greedy = chat('sim-reference', q)
    expect(personaReply(spec, greedy, 0, settings())).toBe(personaReply(spec, { ...greedy, requestSeed: 5 }, 3, settings()))
  })

  it('maths questions get numbered steps and a final answer', () => {
    const text = answer('sim-reference', 'What is 12 + 30?')
    expect(text).toMatch(/Step 1:/)
    expect(text).toMatch(/The answer is 42\.$/)
  })
})
