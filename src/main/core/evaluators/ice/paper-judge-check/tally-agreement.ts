import type { PaperAgreement } from '../../../../../shared/contract/paper-judge-check'
import { accuracy, cohenKappa, cohenKappaInterval, confusionMatrix } from '../../../stats/agreement/cohen-kappa'
import type { SeedPart } from '../../../stats/prng'

/** A verdict to compare: yes / no, unreadable (null), or a panel's tie. */
export type ComparedVerdict = boolean | null | 'split'

/** One row: the judge's (or panel's) verdict and the paper's label. */
export interface ComparedRow {
  readonly judge: ComparedVerdict
  readonly paper: boolean
}

/** Matrix, accuracy and Cohen's kappa (with its seeded interval) over the rows with a readable verdict; unreadable and split rows counted apart. */
export function tallyAgreement(rows: readonly ComparedRow[], seed: readonly SeedPart[]): PaperAgreement {
  const compared = rows.flatMap((row) => (typeof row.judge === 'boolean' ? [[row.judge, row.paper] as const] : []))
  const labelled = compared.map(([judge, paper]) => [judge ? 1 : 0, paper ? 1 : 0] as const)
  const interval = cohenKappaInterval(labelled, seed)
  return {
    n: compared.length,
    unreadable: rows.filter((row) => row.judge === null).length,
    splits: rows.filter((row) => row.judge === 'split').length,
    matrix: confusionMatrix(compared),
    accuracy: accuracy(labelled) ?? null,
    kappa: cohenKappa(labelled) ?? null,
    kappaCi: interval ? [interval.low, interval.high] : null,
  }
}

/** The panel's verdict: the majority of its readable verdicts; an even tie is a split; none readable is unreadable. */
export function majorityOf(verdicts: readonly (boolean | null)[]): ComparedVerdict {
  const yes = verdicts.filter((verdict) => verdict === true).length
  const no = verdicts.filter((verdict) => verdict === false).length
  if (yes + no === 0) return null
  return yes > no ? true : no > yes ? false : 'split'
}
