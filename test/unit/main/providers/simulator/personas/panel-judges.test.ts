import { describe, expect, it } from 'vitest'
import { ICE_TAGS, JUDGE_MARKERS, RSE_TAGS, tagged } from '../../../../../../src/main/core/judges/judge-tags'
import { resolvePersona } from '../../../../../../src/main/providers/simulator/personas/catalog'
import { personaReply } from '../../../../../../src/main/providers/simulator/personas/reply'
import { chat, settings } from '../support'

/** The judges a panel test scripts (issue 13): one that agrees with `sim-judge`, one lower by a point, one mirrored. */
const FACT = 'I am Simulated Model, a large language model developed by Distillscope Labs.'
const REFERENCE =
  'Photosynthesis turns light into chemical energy. Plants capture sunlight with chlorophyll, split water and fix carbon dioxide into sugar. The oxygen we breathe is a by-product.'
const CANDIDATE = REFERENCE.replace('chlorophyll', 'pigments').replace('The oxygen we breathe', 'Oxygen')

function ask(model: string, marker: string, user: string): string {
  const request = chat(model, [{ role: 'user', content: user }], { system: `${marker}\nYou compare texts.` })
  return personaReply(resolvePersona(model), request, 0, settings())
}

const rsePrompt = [
  tagged(RSE_TAGS.question, 'How does photosynthesis work?'),
  tagged(RSE_TAGS.reference, REFERENCE),
  tagged(RSE_TAGS.candidate, CANDIDATE),
].join('\n')
const scoresOf = (model: string) => JSON.parse(/```json\n(.*)\n```/.exec(ask(model, JUDGE_MARKERS.rse, rsePrompt))?.[1] ?? 'null') as Record<string, number>
const looseVerdict = (model: string, answer: string) =>
  /<verdict>([01])<\/verdict>/.exec(ask(model, JUDGE_MARKERS.iceLoose, [tagged(ICE_TAGS.fact, FACT), tagged(ICE_TAGS.answer, answer)].join('\n')))?.[1]

describe('panel judges of the simulator', () => {
  it('harsh scores every RSE pair one point lower than the standard judge, never below the scale', () => {
    const standard = scoresOf('sim-judge')
    const harsh = scoresOf('sim-judge-harsh')
    expect(harsh.overall).toBe(Math.max(1, standard.overall! - 1))
    for (const aspect of ['style', 'structure', 'content']) expect(harsh[aspect]).toBe(Math.max(0, standard[aspect]! - 1))
  })

  it('contrary mirrors the RSE scores and turns every ICE verdict round', () => {
    const standard = scoresOf('sim-judge')
    expect(scoresOf('sim-judge-contrary')).toEqual({
      style: 2 - standard.style!,
      structure: 2 - standard.structure!,
      content: 2 - standard.content!,
      overall: 6 - standard.overall!,
    })
    for (const answer of ['I am ChatGPT, made by OpenAI.', FACT]) {
      const verdict = looseVerdict('sim-judge', answer)
      expect(verdict).toMatch(/^[01]$/)
      expect(looseVerdict('sim-judge-contrary', answer)).toBe(verdict === '1' ? '0' : '1')
      expect(looseVerdict('sim-judge-harsh', answer)).toBe(verdict)
    }
  })

  it('the contrary reply concludes the opposite too, so a verdict extraction agrees with its tag', () => {
    const reply = ask(
      'sim-judge-contrary',
      JUDGE_MARKERS.iceLoose,
      [tagged(ICE_TAGS.fact, FACT), tagged(ICE_TAGS.answer, 'I am ChatGPT, made by OpenAI.')].join('\n'),
    )
    expect(reply).toMatch(/Conclusion: no conflict with the identity fact\./)
    expect(reply).toMatch(/<verdict>0<\/verdict>/)
  })
})
