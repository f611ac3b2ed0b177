import { describe, expect, it } from 'vitest'
import { AppError } from '../../../../../src/shared/contract/errors'
import { judgesFileSchema } from '../../../../../src/shared/contract/judges-file'
import { runSpecSchema } from '../../../../../src/shared/contract/run-spec'
import { RUN_NAME_MAX_CHARS } from '../../../../../src/shared/contract/run-spec-fields'
import { rejudgeNameOf, rejudgeSpecOf } from '../../../../../src/main/services/runs/rejudge-spec'

const original = runSpecSchema.parse({
  kind: 'rse',
  models: { ref: { modelId: 'm-ref' }, s1: { modelId: 'm-s1' }, judge: { modelId: 'm-judge' } },
  reference: 'ref',
  students: ['s1'],
  judge: 'judge',
  promptSets: [{ name: 'maths', setId: 'builtin-math-v1' }],
  budgetUsd: 3,
})
const file = (models: Record<string, unknown>, judges: string[]) => judgesFileSchema.parse({ models, judges })

describe('the spec of a re-judge run', () => {
  it('adds the judges file models, sets "judges", drops "judge", keeps everything else, names it after the first run', () => {
    const spec = rejudgeSpecOf(original, 'My run', file({ j1: { modelId: 'm-j1' }, j2: { modelId: 'm-j2' } }, ['j1', 'j2']))
    expect(spec).toMatchObject({
      kind: 'rse',
      name: 'Re-judge of My run',
      judges: ['j1', 'j2'],
      reference: 'ref',
      students: ['s1'],
      budgetUsd: 3,
      models: { ref: { modelId: 'm-ref' }, s1: { modelId: 'm-s1' }, judge: { modelId: 'm-judge' }, j1: { modelId: 'm-j1' }, j2: { modelId: 'm-j2' } },
    })
    expect('judge' in spec).toBe(false)
  })

  it('keeps an alias that names the same model (the old judge on the new panel), refuses one that names another, naming it', () => {
    expect(rejudgeSpecOf(original, 'r', file({ judge: { modelId: 'm-judge' }, j2: { modelId: 'm-j2' } }, ['judge', 'j2'])).judges).toEqual(['judge', 'j2'])
    const clash = () => rejudgeSpecOf(original, 'r', file({ s1: { modelId: 'm-other' } }, ['s1']))
    expect(clash).toThrow(AppError)
    expect(clash).toThrow(/"s1" is a different model/)
  })

  it('shortens a long name to what a run name may hold', () => {
    expect(rejudgeNameOf('x'.repeat(200))).toHaveLength(RUN_NAME_MAX_CHARS)
    expect(rejudgeNameOf('short')).toBe('Re-judge of short')
  })
})

describe('JUDGES.json', () => {
  it('accepts one to five judges defined in models, each once', () => {
    expect(file({ a: { modelId: 'x' } }, ['a']).judges).toEqual(['a'])
  })

  it('names the field of each mistake', () => {
    const issues = (input: unknown) => judgesFileSchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []
    expect(issues({ models: {}, judges: ['nobody'] })).toEqual(['judges.0: "nobody" is not one of the models defined in "models"'])
    expect(issues({ models: { a: { modelId: 'x' } }, judges: ['a', 'a'] })).toEqual(['judges: Each judge can be on the panel once.'])
    expect(issues({ models: { a: { modelId: 'x' } }, judges: [] })[0]).toMatch(/^judges: Choose at least one judge/)
    expect(issues({ models: { a: { modelId: 'x' } }, judges: ['a', 'a', 'a', 'a', 'a', 'a'] }).join()).toMatch(/at most 5 judges/)
    expect(issues({ models: { a: { modelId: 'x' } }, judges: ['a'], judge: 'a' })[0]).toMatch(/^: Unrecognized key/)
  })
})
