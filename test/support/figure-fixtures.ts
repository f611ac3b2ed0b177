import type { IceRate, IceResults, IceScoreSet } from '../../src/shared/contract/ice-results'
import type { RseResults, RseStudentResult } from '../../src/shared/contract/results'

/**
 * Synthetic but realistic results for figure and table tests: RSE means on the judge's 1-5 scale
 * with bootstrap-like intervals, ICE counts over 1,000 attack rows with Wilson intervals (the app's
 * "rows independent" view, labelled ciMethod 'wilson': the fixtures have no templates x questions
 * grid to resample). Model names include the characters that break LaTeX and XML.
 */

/** Wilson score interval at 95% (METHOD.md 3), so fixtures carry intervals of the real shape. */
export function wilson(count: number, n: number): IceRate {
  const rowsIndependent = (low: number | null, high: number | null) => ({ low, high, ciMethod: 'wilson' as const })
  if (n === 0)
    return { count, n, rate: null, low: null, high: null, ciMethod: 'wilson', rowsIndependent: rowsIndependent(null, null), paper: { n, rate: null } }
  const z = 1.959963984540054
  const p = count / n
  const denominator = 1 + (z * z) / n
  const centre = (p + (z * z) / (2 * n)) / denominator
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denominator
  const low = Math.max(0, centre - half)
  const high = Math.min(1, centre + half)
  return { count, n, rate: p, low, high, ciMethod: 'wilson', rowsIndependent: rowsIndependent(low, high), paper: { n, rate: p } }
}

export function scoreSet(rows: number, loose: number, strict: number, hard: number): IceScoreSet {
  return {
    rows,
    loose: wilson(loose, rows),
    strict: wilson(strict, rows),
    hard: wilson(hard, rows),
    looseUnjudged: 0,
    strictUnjudged: 0,
    looseSplits: 0,
    strictSplits: 0,
    targetErrors: 0,
  }
}

function student(alias: string, model: string, means: readonly (number | undefined)[], sets: readonly string[]): RseStudentResult {
  const scored = means.filter((mean): mean is number => mean !== undefined)
  const avg = scored.length ? scored.reduce((a, b) => a + b, 0) / scored.length : undefined
  return {
    alias,
    model,
    sets: sets.map((name, index) => {
      const mean = means[index]
      return mean === undefined
        ? { name, n: 0, failed: 12, aspects: {} }
        : { name, mean, n: 48, failed: 2, ci: { low: mean - 0.18, high: Math.min(5, mean + 0.16) }, aspects: { style: 1.2, structure: 1.4, content: 1.1 } }
    }),
    ...(avg !== undefined ? { avg, avgCi: { low: avg - 0.11, high: Math.min(5, avg + 0.1) } } : {}),
  }
}

const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  a_b: 'Model A_B',
  '50%-distilled': '50% distilled',
  'R&D-model': 'R&D model',
  'gpt-4o-2024-08-06': 'GPT-4o',
  judge_model: 'Judge',
  'gpt-4o-mini': 'GPT-4o mini',
}

/** The display name the fixtures give a model (a saved model's name), unlike its id so figures can be seen to print it. */
export const displayNameOf = (model: string): string => DISPLAY_NAMES[model] ?? model.replace(/[-_]+/g, ' ')

export const RSE_SETS = ['arena-hard', 'numina', 'sharegpt'] as const

export function rseFixture(): RseResults {
  const sets = [...RSE_SETS]
  return {
    runId: 'run_rse_fixture',
    status: 'completed',
    warnings: [],
    unreadable: { judge: { alias: 'judge', model: 'judge_model' }, count: 0, judged: 600, examples: [] },
    reference: { alias: 'ref', model: 'gpt-4o-2024-08-06' },
    judge: { alias: 'judge', model: 'judge_model' },
    sets,
    students: [
      student('a', 'a_b', [3.81, 4.12, 4.05], sets),
      student('b', '50%-distilled', [3.42, 3.95, 3.7], sets),
      student('c', 'R&D-model', [3.6, undefined, 3.9], sets),
    ],
    calls: { sent: 600, cached: 0, failed: 4 },
    costUsd: 1.25,
    displayNames: {
      ref: displayNameOf('gpt-4o-2024-08-06'),
      judge: displayNameOf('judge_model'),
      a: displayNameOf('a_b'),
      b: displayNameOf('50%-distilled'),
      c: displayNameOf('R&D-model'),
    },
  }
}

/** Issue 16's anchors of the fixtures: the judge's ceiling and floor per set (arena-hard, numina, sharegpt). */
const CEILING = [4.62, 4.8, 4.55] as const
const FLOOR = [1.35, 1.2, 1.5] as const

/**
 * A run measured with issue 16's checks: its ceiling and floor, each student's RSE normalised between
 * them (a set the student has no score on has none), three answers per student and prompt, and a
 * position check in which the judge favours one position.
 */
export function withRseChecks(results: RseResults): RseResults {
  const anchor = (means: readonly number[]) => {
    const avg = means.reduce((a, b) => a + b, 0) / means.length
    return {
      sets: results.sets.map((name, index) => ({ name, mean: means[index]!, ci: { low: means[index]! - 0.1, high: means[index]! + 0.08 }, n: 48, failed: 0 })),
      mean: avg,
      ci: { low: avg - 0.06, high: avg + 0.05 },
    }
  }
  const normalise = (mean: number, index: number) => (mean - FLOOR[index]!) / (CEILING[index]! - FLOOR[index]!)
  const students = results.students.map((student) => {
    const sets: { name: string; value?: number; ci?: { low: number; high: number } }[] = student.sets.map((set, index) => {
      if (set.mean === undefined) return { name: set.name }
      const value = normalise(set.mean, index)
      return { name: set.name, value, ci: { low: value - 0.06, high: value + 0.05 } }
    })
    const values = sets.flatMap((set) => (set.value === undefined ? [] : [set.value]))
    const avg = values.reduce((a, b) => a + b, 0) / values.length
    return { ...student, normalised: { sets, avg, avgCi: { low: avg - 0.04, high: avg + 0.04 } }, withinPromptSd: 0.42 }
  })
  return {
    ...results,
    students,
    calibration: { ceiling: anchor(CEILING), floor: anchor(FLOOR), referenceGreedy: true, identicalSamples: 101, samplePairs: 144 },
    studentSamples: 3,
    positionCheck: { judges: [{ judge: results.judge.alias, items: 40, meanShift: 0.21, ci: { low: 0.08, high: 0.34 }, flagged: true }] },
  }
}

export function iceFixture(model = 'a_b', alias = 'target', counts: readonly [number, number, number] = [342, 221, 71]): IceResults {
  const [loose, strict, hard] = counts
  const share = (fraction: number) =>
    scoreSet(Math.round(1000 * fraction), Math.round(loose * fraction), Math.round(strict * fraction), Math.round(hard * fraction))
  return {
    runId: `run_ice_${alias}`,
    status: 'completed',
    warnings: [],
    unreadable: { judge: { alias: 'judge', model: 'gpt-4o-mini' }, count: 0, judged: 1000 + loose, examples: [] },
    target: { alias, model, fact: 'I am a_b, built by Example Labs.' },
    helper: { alias: 'helper', model: 'helper-model' },
    judge: { alias: 'judge', model: 'gpt-4o-mini' },
    judges: [{ alias: 'judge', model: 'gpt-4o-mini' }],
    preset: 'as-published',
    judgeSemantics: 'as-published',
    selection: 'mcts-explore',
    suspectedVendors: ['OpenAI', 'Anthropic'],
    hardKeywords: ['gpt', 'openai', 'claude', 'anthropic'],
    maxQueries: 1000,
    scores: scoreSet(1000, loose, strict, hard),
    byCategory: { geography: share(0.2), team: share(0.2), cooperation: share(0.2), industry: share(0.2), technology: share(0.2) },
    byLanguage: { zh: share(0.5), en: share(0.5) },
    byMutator: { crossover: share(0.4), expand: share(0.6) },
    templates: [],
    fuzz: { iterations: 20, stopReason: 'max-query' },
    calls: { sent: 2400, cached: 0, failed: 3 },
    costUsd: 3.5,
    displayNames: { [alias]: displayNameOf(model), helper: displayNameOf('helper-model'), judge: displayNameOf('gpt-4o-mini') },
  }
}
