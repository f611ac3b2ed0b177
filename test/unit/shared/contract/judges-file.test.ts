import { describe, expect, it } from 'vitest'
import { judgesFileProblems, judgesFileSchema } from '../../../../src/shared/contract/judges-file'

const sim = (model: string) => ({ provider: 'simulator', model })

function problemsOf(input: unknown): string[] {
  const parsed = judgesFileSchema.safeParse(input)
  return parsed.success ? [] : judgesFileProblems(parsed.error)
}

describe('judgesFileSchema', () => {
  it('accepts one to five judges defined under models', () => {
    const file = { models: { j1: sim('sim-judge'), j2: sim('sim-judge-harsh'), j3: { modelId: 'saved-1' } }, judges: ['j1', 'j2', 'j3'] }
    expect(judgesFileSchema.parse(file).judges).toEqual(['j1', 'j2', 'j3'])
  })

  it('names the judge that is not defined, by its place in the list', () => {
    expect(problemsOf({ models: { j1: sim('sim-judge') }, judges: ['j1', 'j9'] })).toEqual(['judges.1: "j9" is not one of the models defined in "models"'])
  })

  it('refuses a judge named twice, an empty list, and more than five', () => {
    const models = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((name) => [name, sim('sim-judge')]))
    expect(problemsOf({ models, judges: ['a', 'a'] })).toEqual(['judges: Each judge can be on the panel once.'])
    expect(problemsOf({ models, judges: [] })).toEqual(['judges: Choose at least one judge.'])
    expect(problemsOf({ models, judges: ['a', 'b', 'c', 'd', 'e', 'f'] })).toEqual(['judges: A panel has at most 5 judges.'])
  })

  it('names a missing field, a bad model definition and an unknown field', () => {
    expect(problemsOf({ models: { j1: sim('sim-judge') } })[0]).toMatch(/^judges: /)
    expect(problemsOf({ models: { j1: { provider: 'nowhere', model: 'x' } }, judges: ['j1'] })[0]).toMatch(/^models\.j1/)
    expect(problemsOf({ models: { j1: sim('sim-judge') }, judges: ['j1'], judge: 'j1' })[0]).toMatch(/judge/)
  })
})
