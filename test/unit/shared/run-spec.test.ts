import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { judgesOf, leadJudge } from '../../../src/shared/contract/judges-of'
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

  it('takes a panel of judges as "judges", keeps "judge" as a panel of one, and refuses both or neither', () => {
    const { judge: _single, ...withoutJudge } = example
    const models = { ...example.models, j2: { provider: 'anthropic', model: 'claude-3-5-haiku-latest', apiKeyEnv: 'ANTHROPIC_API_KEY' } }
    const panel = runSpecSchema.parse({ ...withoutJudge, models, judges: ['judge', 'j2'] })
    expect(judgesOf(panel)).toEqual(['judge', 'j2'])
    expect(leadJudge(panel)).toBe('judge')
    expect(judgesOf(runSpecSchema.parse(example))).toEqual(['judge'])
    expect(issuesOf({ ...example, models, judges: ['j2'] })).toEqual([expect.stringMatching(/^judges: Give "judge" \(one judge\) or "judges"/)])
    expect(issuesOf(withoutJudge)).toEqual([expect.stringMatching(/^judges: Choose the judge/)])
    expect(issuesOf({ ...withoutJudge, judges: [] })).toEqual(['judges: Choose at least one judge.'])
    expect(issuesOf({ ...withoutJudge, models, judges: ['judge', 'j2', 'judge'] })).toEqual(['judges: Each judge can be on the panel once.'])
    expect(issuesOf({ ...withoutJudge, models, judges: ['judge', 'nobody'] })).toEqual(['judges.1: "nobody" is not one of the models defined in "models"'])
    expect(issuesOf({ ...withoutJudge, models, judges: ['judge', 'j2', 'ref', 's1', 'judge', 'j2'] })).toEqual(['judges: A panel has at most 5 judges.'])
  })

  it('names the field of every mistake', () => {
    expect(issuesOf({ ...example, students: ['nobody'] })).toEqual(['students.0: "nobody" is not one of the models defined in "models"'])
    expect(issuesOf({ ...example, students: ['ref'] })).toEqual([expect.stringMatching(/^students: The reference cannot also be a student/)])
    expect(issuesOf({ ...example, promptSets: [{ name: 'a', sample: 5 }] })).toEqual([
      expect.stringMatching(/^promptSets.0: Give exactly one of "file" or "setId"/),
    ])
    expect(issuesOf({ ...example, models: { ...example.models, s1: { provider: 'anthropic', model: 'x', apiKeyEnv: 'DISTILLSCOPE_PASSPHRASE' } } })).toEqual([
      expect.stringMatching(/^models.s1/),
    ])
    expect(issuesOf({ ...example, concurrency: 0 }).join()).toMatch(/^concurrency:/)
    expect(issuesOf({ ...example, extra: true }).join()).toMatch(/extra/)
  })

  it('has an up-to-date JSON Schema in docs/ (run `npm run schema` after changing the spec)', () => {
    expect(JSON.parse(readFileSync('docs/run-spec.schema.json', 'utf8'))).toEqual(runSpecJsonSchema())
  })
})

/** The example from the ICE issue, with the models filled in. */
const iceExample = {
  kind: 'ice',
  models: { target: { provider: 'qwen', model: 'qwen-max', apiKeyEnv: 'DASHSCOPE_API_KEY' }, helper: { modelId: 'model_1' }, judge: { modelId: 'model_2' } },
  target: 'target',
  helper: 'helper',
  judge: 'judge',
  targetFact: 'I am Qwen, a large language model developed by Alibaba Cloud.',
  questions: { builtin: 'identity-en-zh' },
  seeds: { file: 'GPTFuzzer.csv' },
  preset: 'as-published',
  selection: 'mcts-explore',
  budget: { maxQueries: 1000 },
  seed: 7,
  concurrency: 16,
}

describe('ICE run spec', () => {
  it("accepts the issue's example and fills the paper's defaults", () => {
    const spec = runSpecSchema.parse(iceExample)
    if (spec.kind !== 'ice') throw new Error('expected an ICE spec')
    expect(spec).toMatchObject({ energy: 1, strict: true, suspectedVendors: ['OpenAI', 'Anthropic'], budget: { maxQueries: 1000 } })
    expect(spec.hardKeywords).toBeUndefined()
    const minimal = runSpecSchema.parse({ ...iceExample, preset: undefined, selection: undefined, budget: undefined })
    expect(minimal).toMatchObject({ preset: 'as-published', selection: 'mcts-explore', budget: { maxQueries: 1000 } })
  })

  it('names the field of every mistake', () => {
    expect(issuesOf({ ...iceExample, judge: 'nobody' })).toEqual(['judge: "nobody" is not one of the models defined in "models"'])
    expect(issuesOf({ ...iceExample, targetFact: '  ' }).join()).toMatch(/^targetFact: Give the target’s true identity in one first-person sentence/)
    expect(issuesOf({ ...iceExample, questions: { builtin: 'identity-fr' } }).join()).toMatch(/^questions/)
    expect(issuesOf({ ...iceExample, seeds: { file: 'a.csv', setId: 'x' } }).join()).toMatch(/^seeds/)
    expect(issuesOf({ ...iceExample, selection: 'greedy' }).join()).toMatch(/^selection/)
    expect(issuesOf({ ...iceExample, mutators: ['crossover', 'crossover'] })).toEqual(['mutators: Each mutator can be listed once'])
    expect(issuesOf({ ...iceExample, budget: { maxQueries: 0 } }).join()).toMatch(/^budget.maxQueries/)
    expect(issuesOf({ ...iceExample, kind: 'other' }).join()).toMatch(/^kind/)
  })

  it('parses every JSON example in docs/spec.md', () => {
    const blocks = [...readFileSync('docs/spec.md', 'utf8').matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as unknown)
    expect(blocks.length).toBeGreaterThanOrEqual(2)
    for (const block of blocks) expect(issuesOf(block)).toEqual([])
  })
})
