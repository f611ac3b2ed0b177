import type { IceJudgeAgreement } from '../../../../../shared/contract/ice-results'
import { icePanelAgreementSteps } from '../../../stats/agreement/panel-agreement'
import { hashSeed } from '../../../stats/prng'
import type { Steps } from '../../../stats/steps'
import type { IceAttackRow } from '../loop/types'

/**
 * A panel's agreement on the loose verdicts (issue 13 item 2): each answered row's verdicts in the
 * panel's order (none where a judge gave no readable verdict), Fleiss' kappa over the rows every
 * judge judged, with its own random stream so it shares no resample with the rates.
 */
export function* iceAgreementSteps(rows: readonly IceAttackRow[], judges: readonly string[], seed: number | undefined): Steps<IceJudgeAgreement> {
  const units: (0 | 1 | undefined)[][] = []
  for (const row of rows) {
    if (!row.judges) continue
    units.push(
      judges.map((judge) => {
        const verdict = row.judges!.find((entry) => entry.judge === judge)?.loose.verdict
        return verdict === 0 || verdict === 1 ? verdict : undefined
      }),
    )
  }
  const agreement = yield* icePanelAgreementSteps(units, hashSeed(seed ?? 0, 'ice-agreement'))
  return {
    items: agreement.units,
    ...(agreement.kappa !== undefined ? { kappa: agreement.kappa } : {}),
    ...(agreement.ci ? { ci: [agreement.ci.low, agreement.ci.high] as const } : {}),
    ...(agreement.exact !== undefined ? { exact: agreement.exact } : {}),
  }
}
