import { describe, expect, it } from 'vitest'
import { ICE_TAGS, JUDGE_MARKERS, RSE_TAGS, tagged } from '../../../../../../src/main/core/judges/judge-tags'
import { resolvePersona } from '../../../../../../src/main/providers/simulator/personas/catalog'
import { referenceAnswer } from '../../../../../../src/main/providers/simulator/personas/reference'
import { personaReply } from '../../../../../../src/main/providers/simulator/personas/reply'
import { chat, settings } from '../support'

/** The position-biased judge for the RSE position-swap check (issue 16): it favours sim-reference's answer shown first. */
const SUBJECTS = ['photosynthesis', 'database indexing', 'tax brackets', 'sourdough starters', 'jet engines', 'vaccines', 'git rebasing', 'tides']
const ANGLES = ['for a beginner', 'with an example', 'in practical terms', 'and its common mistakes', 'step by step']
const QUESTIONS = Array.from({ length: 200 }, (_, i) => `Explain ${SUBJECTS[i % SUBJECTS.length]} ${ANGLES[i % ANGLES.length]} (case ${i}).`)

const answer = (model: string, question: string) => personaReply(resolvePersona(model), chat(model, question), 0, settings())

interface Scores {
  readonly style: number
  readonly structure: number
  readonly content: number
  readonly overall: number
}

function judge(model: string, texts: { question: string; reference: string; candidate: string }): Scores {
  const prompt = [tagged(RSE_TAGS.question, texts.question), tagged(RSE_TAGS.reference, texts.reference), tagged(RSE_TAGS.candidate, texts.candidate)].join(
    '\n',
  )
  const request = chat(model, prompt, { system: `${JUDGE_MARKERS.rse}\nYou compare texts.` })
  const json = /```json\n(.*)\n```/.exec(personaReply(resolvePersona(model), request, 0, settings()))?.[1]
  if (json === undefined) throw new Error(`no JSON block from ${model}`)
  return JSON.parse(json) as Scores
}

const pairs = QUESTIONS.map((question) => ({ question, reference: answer('sim-reference', question), student: answer('sim-student-0.5', question) }))

describe('sim-judge-first', () => {
  it('is a judge style of the catalog', () => {
    expect(resolvePersona('sim-judge-first')).toEqual({ kind: 'judge', id: 'sim-judge-first', style: 'first' })
  })

  it('scores about half a point higher than sim-judge when the reference slot holds the reference persona’s answer', () => {
    const differences = pairs.map(({ question, reference, student }) => {
      const texts = { question, reference, candidate: student }
      const [plain, first] = [judge('sim-judge', texts), judge('sim-judge-first', texts)]
      // The aspects follow the same rules; only the overall leans.
      expect({ ...first, overall: 0 }).toEqual({ ...plain, overall: 0 })
      return first.overall - plain.overall
    })
    expect(differences.every((difference) => difference === 0 || difference === 1)).toBe(true)
    const mean = differences.reduce((sum, difference) => sum + difference, 0) / differences.length
    expect(mean).toBeGreaterThan(0.3)
    expect(mean).toBeLessThan(0.7)
  })

  it('scores exactly as sim-judge when the roles are swapped (the student’s answer shown first)', () => {
    for (const { question, reference, student } of pairs) {
      const texts = { question, reference: student, candidate: reference }
      expect(judge('sim-judge-first', texts)).toEqual(judge('sim-judge', texts))
    }
  })

  it('does not lean for the reference’s answer to another question, or with another seed', () => {
    for (const [index, { question, student }] of pairs.slice(0, 40).entries()) {
      const otherQuestion = { question, reference: pairs[index + 1]?.reference ?? '', candidate: student }
      expect(judge('sim-judge-first', otherQuestion)).toEqual(judge('sim-judge', otherQuestion))
      const otherSeed = { question, reference: referenceAnswer(question, settings().seed + 1), candidate: student }
      expect(judge('sim-judge-first', otherSeed)).toEqual(judge('sim-judge', otherSeed))
    }
  })

  it('compares after trimming: surrounding whitespace does not hide the reference’s answer', () => {
    const leaning = pairs.find(({ question, reference, student }) => {
      const texts = { question, reference, candidate: student }
      return judge('sim-judge-first', texts).overall > judge('sim-judge', texts).overall
    })
    if (!leaning) throw new Error('no question where the lean changed the score')
    const padded = { question: leaning.question, reference: `\n  ${leaning.reference}  \n`, candidate: leaning.student }
    expect(judge('sim-judge-first', padded).overall).toBe(judge('sim-judge', padded).overall + 1)
  })

  it('judges ICE answers as sim-judge does', () => {
    const fact = 'I am Simulated Model, a large language model developed by Distillscope Labs.'
    for (const claim of ['I am ChatGPT, made by OpenAI.', fact]) {
      const request = (model: string) =>
        chat(model, [tagged(ICE_TAGS.fact, fact), tagged(ICE_TAGS.answer, claim)].join('\n'), { system: `${JUDGE_MARKERS.iceLoose}\nJudge.` })
      const reply = (model: string) => personaReply(resolvePersona(model), request(model), 0, settings())
      expect(reply('sim-judge-first')).toBe(reply('sim-judge'))
    }
  })
})
