import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { looseDifferences, type LogRows } from '../../../../../../../src/main/core/evaluators/ice/paper-log/loose-differences'

/** Issue 14: with several imported logs, how separable the paper's ranking is. */
const MODELS = (JSON.parse(readFileSync(resolve('../shared/data/paper-ice/loose-verdicts.json'), 'utf8')) as { models: Record<string, { matrix: string[] }> })
  .models

/** A model's log as import-dq reads it: its own templates (named after the model), the shared 50 questions. */
function log(model: string, templatesNamed = model): LogRows {
  const rows = MODELS[model]!.matrix.flatMap((line, t) =>
    [...line].map((cell, q) => ({ template: `${templatesNamed} template ${t}: {query}`, query: `Question ${q}?`, loose: cell === '1' })),
  )
  return { name: model, rows }
}

describe('loose differences between imported logs', () => {
  it('GLM-4-Plus vs DeepSeek-V3 is not separable; GLM-4-Plus vs Claude 3.5 Sonnet is', () => {
    const pairs = looseDifferences([log('GLM-4-Plus'), log('DeepSeek-V3'), log('Claude3.5-Sonnet')])
    expect(pairs.map((pair) => [pair.a, pair.b])).toEqual([
      ['GLM-4-Plus', 'DeepSeek-V3'],
      ['GLM-4-Plus', 'Claude3.5-Sonnet'],
      ['DeepSeek-V3', 'Claude3.5-Sonnet'],
    ])
    const [glmDeepseek, glmClaude] = pairs
    expect(glmDeepseek).toMatchObject({ diff: expect.closeTo(0.079, 12), separable: false, sharedTemplates: false, ciMethod: 'two-way-cluster-bootstrap' })
    expect(Math.abs(glmDeepseek!.ci[0] - -0.07)).toBeLessThanOrEqual(0.03)
    expect(Math.abs(glmDeepseek!.ci[1] - 0.23)).toBeLessThanOrEqual(0.03)
    expect(glmClaude).toMatchObject({ separable: true })
    expect(glmClaude!.ci[0]).toBeGreaterThan(0)
  })

  it('resamples templates together when two logs used the same templates', () => {
    const [pair] = looseDifferences([log('GLM-4-Plus', 'shared'), log('GLM-4-Plus', 'shared')].map((entry, i) => ({ ...entry, name: `run ${i}` })))
    expect(pair).toMatchObject({ diff: 0, ci: [0, 0], sharedTemplates: true, separable: false })
  })
})
