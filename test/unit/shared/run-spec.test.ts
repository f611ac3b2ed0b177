import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runSpecSchema } from '../../../src/shared/contract/run-spec'
import { runSpecJsonSchema } from '../../../src/shared/spec/run-spec-schema'

/** The example from the RSE issue, exactly as a user would write it. */
const example = {
  kind: 'rse',
  models: {
    ref: { provider: 'openai', baseURL: 'https://api.openai.com/v1', model: 'gpt-4o-2024-08-06', apiKeyEnv: 'OPENAI_API_KEY' },
    s1: { provider: 'anthropic', baseURL: 'https://api.anthropic.com', model: 'claude-3-5-sonnet-20241022', apiKeyEnv: 'ANTHROPIC_API_KEY' },
    judge: { provider: 'openai', model: 'gpt-4o-mini', apiKeyEnv: 'OPENAI_API_KEY' },
  },
  reference: 'ref',
  students: ['s1'],
  judge: 'judge',
  promptSets: [{ name: 'arena-hard', file: 'question.jsonl', sample: 100, seed: 1 }],
  concurrency: 16,
}

const issuesOf = (input: unknown) => {
  const result = runSpecSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

describe('run spec', () => {
  it('accepts the documented example and fills defaults', () => {
    const spec = runSpecSchema.parse(example)
    if (spec.kind !== 'rse') throw new Error('the example is an RSE spec')
    expect(spec.seed).toBe(1)
    expect(spec.promptSets[0]).toMatchObject({ file: 'question.jsonl', sample: 100, seed: 1 })
  })

  it('names the field of every mistake', () => {
    expect(issuesOf({ ...example, students: ['nobody'] })).toEqual(['students.0: "nobody" is not one of the models defined in "models"'])
    expect(issuesOf({ ...example, students: ['ref'] })).toEqual([expect.stringMatching(/^students: The reference cannot also be a student/)])
    expect(issuesOf({ ...example, promptSets: [{ name: 'a', sample: 5 }] })).toEqual([expect.stringMatching(/^promptSets.0: Give exactly one of "file" or "setId"/)])
    expect(issuesOf({ ...example, models: { ...example.models, s1: { provider: 'anthropic', model: 'x', apiKeyEnv: 'DISTILLSCOPE_PASSPHRASE' } } })).toEqual([expect.stringMatching(/^models.s1/)])
    expect(issuesOf({ ...example, concurrency: 0 }).join()).toMatch(/^concurrency:/)
    expect(issuesOf({ ...example, extra: true }).join()).toMatch(/extra/)
  })

  it('has an up-to-date JSON Schema in docs/ (run `npm run schema` after changing the spec)', () => {
    expect(JSON.parse(readFileSync('docs/run-spec.schema.json', 'utf8'))).toEqual(runSpecJsonSchema())
  })
})
