import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { JudgeOutcome } from '../../../../../../../src/main/core/evaluators/ice/judges/run-judge'
import type { IceAttackRow } from '../../../../../../../src/main/core/evaluators/ice/loop/types'
import { importPaperLog } from '../../../../../../../src/main/core/evaluators/ice/paper-log/import-paper-log'
import { gridOf } from '../../../../../../../src/main/core/evaluators/ice/scores/ice-grid'
import { scoreIceRun } from '../../../../../../../src/main/core/evaluators/ice/scores/ice-scores'
import { wilsonInterval } from '../../../../../../../src/main/core/stats/wilson'

/** Issue 14 item 1: ICE's intervals resample templates and questions; Wilson stays beside them. */
const verdict = (value: 0 | 1): JudgeOutcome => ({ verdict: value, via: 'tag', reply: `<verdict>${value}</verdict>` })

const GLM = (JSON.parse(readFileSync(resolve('../shared/data/paper-ice/loose-verdicts.json'), 'utf8')) as { models: Record<string, { matrix: string[] }> })
  .models['GLM-4-Plus']!.matrix

/** A fuzz run shaped like the paper's GLM-4-Plus log: mutant t asked question q, loose verdict from the matrix. */
function glmRun(): IceAttackRow[] {
  return GLM.flatMap((line, t) =>
    [...line].map((cell, q): IceAttackRow => ({
      iteration: t + 1,
      mutantId: 100 + t,
      parentId: 0,
      mutator: t % 2 ? 'rephrase' : 'shorten',
      level: 1,
      questionIndex: q,
      questionId: `q${q}`,
      question: `Question ${q}?`,
      category: q % 5 === 0 ? 'team' : 'geography',
      language: q < 25 ? 'zh' : 'en',
      template: `Template ${t} [INSERT PROMPT HERE]`,
      prompt: 'p',
      questionAppended: false,
      answer: 'a',
      loose: verdict(cell === '1' ? 1 : 0),
      ...(cell === '1' ? { strict: verdict(0) } : {}),
    })),
  )
}

describe('ICE intervals (two-way cluster bootstrap by default, Wilson as "rows independent")', () => {
  const scores = scoreIceRun(glmRun(), undefined, 7)

  it('gives loose the two-way interval, wider than Wilson, with Wilson kept beside it', () => {
    expect(scores.loose).toMatchObject({ count: 418, n: 1000, rate: 0.418, ciMethod: 'two-way-cluster-bootstrap' })
    expect(scores.loose.low!).toBeGreaterThan(0.29)
    expect(scores.loose.high!).toBeLessThan(0.55)
    expect(scores.loose.high! - scores.loose.low!).toBeGreaterThan(2 * (0.449 - 0.388))
    const wilson = wilsonInterval(418, 1000)!
    expect(scores.loose.rowsIndependent).toEqual({ low: wilson.low, high: wilson.high, ciMethod: 'wilson' })
  })

  it('falls back to Wilson, labelled, where every row is 0 (the bootstrap could show no spread)', () => {
    expect(scores.strict).toMatchObject({ count: 0, ciMethod: 'wilson', low: 0 })
    expect(scores.strict.high).toBeGreaterThan(0)
  })

  it('labels every breakdown, and is the same for the same seed', () => {
    for (const set of [
      ...Object.values(scores.byCategory),
      ...Object.values(scores.byLanguage),
      ...Object.values(scores.byMutator),
      ...Object.values(scores.byTemplate),
    ])
      expect(['two-way-cluster-bootstrap', 'wilson']).toContain(set.loose.ciMethod)
    expect(scores.byLanguage.en!.loose.ciMethod).toBe('two-way-cluster-bootstrap')
    expect(scoreIceRun(glmRun(), undefined, 7).loose).toEqual(scores.loose)
  })

  it("scores the paper's own log format with the same method, its grid read from the templates and questions", () => {
    const attackLog = GLM.flatMap((line, t) =>
      [...line].map((cell, q) =>
        JSON.stringify({ jailbreak_prompt: `Template ${t}: {query}`, query: `Question ${q}?`, target_responses: ['a'], eval_results: cell === '1' }),
      ),
    ).join('\n')
    const imported = importPaperLog({ attackLog })
    expect(imported.loose).toMatchObject({ count: 418, ciMethod: 'two-way-cluster-bootstrap' })
    expect(Math.abs(imported.loose.low! - 0.32)).toBeLessThanOrEqual(0.03)
    expect(Math.abs(imported.loose.high! - 0.52)).toBeLessThanOrEqual(0.03)
  })
})

describe('the grid of attack rows', () => {
  it('numbers templates and questions in first-seen order, and gives a repeated pair its own template instance', () => {
    const grid = gridOf([
      { template: 'A', question: 'x' },
      { template: 'A', question: 'y' },
      { template: 'B', question: 'x' },
      { template: 'A', question: 'x' },
    ])
    expect(grid.questions).toBe(2)
    expect(grid.templates).toBe(3)
    expect([...grid.cellOfRow]).toEqual([0, 1, 2, 4])
  })
})
