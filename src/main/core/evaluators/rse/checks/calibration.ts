import type { RseAnchor, RseCalibration, RseNormalised } from '../../../../../shared/contract/results'
import { bootstrapMeanCISteps } from '../../../stats/bootstrap'
import { normalisedCISteps, type AnchoredSet } from '../../../stats/normalised-bootstrap'
import type { SeedPart } from '../../../stats/prng'
import type { Steps } from '../../../stats/steps'
import { bootstrapMeanOfMeansCISteps } from '../../../stats/stratified-bootstrap'
import type { JudgedItem } from '../aggregate'
import { panelScore } from '../panel-score'
import type { RseCheckScore } from './ports'

/** Per set, each prompt's value of an anchor (the panel's score; the floor's pooled over students), and the units no judge scored. */
interface AnchorValues {
  readonly bySet: Map<string, Map<string, number>>
  readonly failed: Map<string, number>
}

/**
 * An anchor's per-prompt values from its check judgements: each unit (a prompt, for the floor a
 * prompt and student) scored by the panel rule, and the floor's units of one prompt averaged over the students.
 */
export function anchorValues(checks: readonly RseCheckScore[], kind: 'ceiling' | 'floor'): AnchorValues {
  const units = new Map<string, RseCheckScore[]>()
  for (const check of checks) {
    if (check.kind !== kind) continue
    const key = `${check.setName}\u0000${check.itemId}\u0000${check.studentAlias}\u0000${check.sample}`
    const list = units.get(key) ?? []
    list.push(check)
    units.set(key, list)
  }
  const sums = new Map<string, Map<string, { sum: number; n: number }>>()
  const failed = new Map<string, number>()
  for (const group of units.values()) {
    const { setName, itemId } = group[0]!
    const score = panelScore(group)
    if (score.failedReason !== undefined || score.overall === undefined) {
      failed.set(setName, (failed.get(setName) ?? 0) + 1)
      continue
    }
    const ofSet = sums.get(setName) ?? new Map<string, { sum: number; n: number }>()
    const entry = ofSet.get(itemId) ?? { sum: 0, n: 0 }
    ofSet.set(itemId, { sum: entry.sum + score.overall, n: entry.n + 1 })
    sums.set(setName, ofSet)
  }
  const bySet = new Map([...sums].map(([set, items]) => [set, new Map([...items].map(([item, { sum, n }]) => [item, sum / n]))]))
  return { bySet, failed }
}

/** An anchor's mean per set and Avg over the sets that have one, with bootstrap intervals over prompts. */
export function* anchorSteps(values: AnchorValues, sets: readonly string[], seed: readonly SeedPart[]): Steps<RseAnchor> {
  const perSet: RseAnchor['sets'][number][] = []
  const groups: number[][] = []
  for (const name of [...sets].sort()) {
    const list = [...(values.bySet.get(name)?.values() ?? [])]
    if (list.length > 0) groups.push(list)
  }
  for (const name of sets) {
    const list = [...(values.bySet.get(name)?.values() ?? [])]
    const interval = yield* bootstrapMeanCISteps(list, { seed: [...seed, name] })
    perSet.push({
      name,
      n: list.length,
      failed: values.failed.get(name) ?? 0,
      ...(interval ? { mean: interval.mean, ci: { low: interval.low, high: interval.high } } : {}),
    })
  }
  const avg = yield* bootstrapMeanOfMeansCISteps(groups, { seed: [...seed, 'avg'] })
  return { sets: perSet, ...(avg ? { mean: avg.mean, ci: { low: avg.low, high: avg.high } } : {}) }
}

export interface CalibrationInput {
  readonly checks: readonly RseCheckScore[]
  readonly sets: readonly string[]
  readonly seed: SeedPart
  readonly referenceGreedy: boolean
  readonly secondSamples: { readonly pairs: number; readonly identical: number }
}

/** Issue 16 item 1: the ceiling and the floor, and a function giving each student's normalised RSE between them. */
export function* calibrationSteps(
  input: CalibrationInput,
): Steps<{ calibration: RseCalibration; normalise: (items: readonly JudgedItem[], student: string) => Steps<RseNormalised> }> {
  const ceilingValues = anchorValues(input.checks, 'ceiling')
  const floorValues = anchorValues(input.checks, 'floor')
  const ceiling = yield* anchorSteps(ceilingValues, input.sets, [input.seed, 'rse-ceiling'])
  const floor = yield* anchorSteps(floorValues, input.sets, [input.seed, 'rse-floor'])
  function* normalise(items: readonly JudgedItem[], student: string): Steps<RseNormalised> {
    const anchored: AnchoredSet[] = input.sets.map((name) => {
      const scores = new Map(
        items.filter((item) => item.setName === name && item.failed === undefined && item.overall !== undefined).map((item) => [item.itemId, item.overall!]),
      )
      const ceilings = ceilingValues.bySet.get(name) ?? new Map<string, number>()
      const floors = floorValues.bySet.get(name) ?? new Map<string, number>()
      const prompts = [...new Set([...items.filter((item) => item.setName === name).map((item) => item.itemId), ...ceilings.keys(), ...floors.keys()])].sort()
      const column = (values: Map<string, number>) => Float64Array.from(prompts, (prompt) => values.get(prompt) ?? Number.NaN)
      return { scores: column(scores), ceiling: column(ceilings), floor: column(floors) }
    })
    const estimate = yield* normalisedCISteps(
      anchored.filter((set) => set.scores.length > 0),
      { seed: [input.seed, 'rse-normalised', student] },
    )
    let next = 0
    const sets = anchored.map((set, index) => ({ name: input.sets[index]!, ...(set.scores.length > 0 ? estimate.sets[next++] : {}) }))
    return { sets, ...(estimate.avg !== undefined ? { avg: estimate.avg } : {}), ...(estimate.avgCi ? { avgCi: estimate.avgCi } : {}) }
  }
  return {
    calibration: {
      ceiling,
      floor,
      referenceGreedy: input.referenceGreedy,
      identicalSamples: input.secondSamples.identical,
      samplePairs: input.secondSamples.pairs,
    },
    normalise,
  }
}
