import type { IceJudgeRates } from '../../../../../shared/contract/ice-results'
import type { SeedPart } from '../../../stats/prng'
import type { Steps } from '../../../stats/steps'
import type { JudgeOutcome } from '../judges/run-judge'
import type { IceAttackRow } from '../loop/types'
import { scoreRowsSteps, type ScorableRow } from './ice-scores'

/**
 * Each panel judge's own loose and strict rates (issue 13), over the rows it judged, beside the
 * panel's. Its loose verdict is its own; its strict verdict is its own where it was asked (the panel
 * asks the strict judges only on a panel loose positive), a negative where the judge itself said
 * loose 0, and missing (left out of n) where it said loose 1 but the panel did not ask. A single
 * judge has no per-judge rates: its rates are the run's.
 */
export function* perJudgeRatesSteps(
  rows: readonly IceAttackRow[],
  judges: readonly string[],
  keywords: readonly string[],
  seed: SeedPart,
): Steps<IceJudgeRates[] | undefined> {
  if (judges.length < 2) return undefined
  const rates: IceJudgeRates[] = []
  for (const judge of judges) {
    const scorable = rows.map((row) =>
      ownScorable(
        row,
        row.judges?.find((entry) => entry.judge === judge),
      ),
    )
    // The panel's own interval seed: every judge's rates are resampled as the panel's are, so equal
    // verdicts give equal intervals and the judges compare on the same draws.
    const scores = yield* scoreRowsSteps(scorable, keywords, [seed, 'ice-ci', 'all'])
    rates.push({ judge, loose: scores.loose, strict: scores.strict, looseUnjudged: scores.looseUnjudged, strictUnjudged: scores.strictUnjudged })
  }
  return rates
}

const verdictOf = (outcome: JudgeOutcome | undefined): boolean | null => (outcome === undefined || outcome.verdict === null ? null : outcome.verdict === 1)

function ownScorable(row: IceAttackRow, own: { readonly loose: JudgeOutcome; readonly strict?: JudgeOutcome } | undefined): ScorableRow {
  const loose = verdictOf(own?.loose)
  return {
    template: row.template,
    position: { template: String(row.mutantId), question: row.questionId },
    loose,
    ...(loose === true ? { strict: verdictOf(own?.strict) } : {}),
    ...(row.targetError ? { targetError: true } : {}),
  }
}
