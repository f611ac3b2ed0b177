import type { RsePositionCheck } from '../../../../../shared/contract/results'
import { bootstrapMeanCISteps } from '../../../stats/bootstrap'
import type { SeedPart } from '../../../stats/prng'
import type { Steps } from '../../../stats/steps'
import type { RseScoredJudgment } from '../ports'
import type { RseCheckScore } from './ports'

const keyOf = (judge: string, student: string, setName: string, itemId: string) => `${judge}\u0000${student}\u0000${setName}\u0000${itemId}`
const scoreOf = (judgment: { failedReason?: string; overall?: number }) => (judgment.failedReason === undefined ? judgment.overall : undefined)

/**
 * Issue 16 item 3: per judge, the shift (score with the roles swapped - score as asked) over the
 * sampled items that judge scored both ways, its mean with a bootstrap interval over items, and a
 * flag when the interval excludes 0: the judge's score depends on which answer it is told is the reference.
 */
export function* positionCheckSteps(
  judgments: readonly RseScoredJudgment[],
  checks: readonly RseCheckScore[],
  judges: readonly string[],
  seed: SeedPart,
): Steps<RsePositionCheck> {
  const swapped = new Map<string, number>()
  for (const check of checks) {
    const score = check.kind === 'swap' ? scoreOf(check) : undefined
    if (score !== undefined) swapped.set(keyOf(check.judgeAlias, check.studentAlias, check.setName, check.itemId), score)
  }
  const shifts = new Map<string, number[]>(judges.map((judge) => [judge, []]))
  for (const judgment of judgments) {
    const key = keyOf(judgment.judgeAlias, judgment.studentAlias, judgment.setName, judgment.itemId)
    const asAsked = scoreOf(judgment)
    const swap = swapped.get(key)
    if (swap !== undefined && asAsked !== undefined) shifts.get(judgment.judgeAlias)?.push(swap - asAsked)
  }
  const result: RsePositionCheck['judges'][number][] = []
  for (const judge of judges) {
    const values = shifts.get(judge) ?? []
    const interval = yield* bootstrapMeanCISteps(values, { seed: [seed, 'rse-position', judge] })
    result.push({
      judge,
      items: values.length,
      ...(interval ? { meanShift: interval.mean, ci: { low: interval.low, high: interval.high } } : {}),
      flagged: interval !== undefined && (interval.low > 0 || interval.high < 0),
    })
  }
  return { judges: result }
}
