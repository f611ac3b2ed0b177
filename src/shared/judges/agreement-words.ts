import type { IceJudgeAgreement } from '../contract/ice-results'
import type { RseJudgeAgreement } from '../contract/results'

/*
 * A judge panel's agreement in one sentence (issue 13 item 2), worded once for the results pages,
 * the command line, the tables' notes and the methods paragraph.
 */

const share = (value: number | undefined) => (value === undefined ? 'n/a' : `${(100 * value).toFixed(1)}%`)
const interval = (ci: readonly [number, number] | undefined) => (ci ? ` (95% CI ${ci[0].toFixed(2)} to ${ci[1].toFixed(2)}, bootstrap over answers)` : '')

export function rseAgreementSentence(agreement: RseJudgeAgreement): string {
  const alpha = agreement.alpha === undefined ? 'not defined (the judges never disagreed)' : agreement.alpha.toFixed(2)
  return (
    `Agreement between the judges over ${agreement.items} answers: Krippendorff's alpha (ordinal) ${alpha}${interval(agreement.ci)}; ` +
    `two judges gave the same score ${share(agreement.exact)} of the time and scores at most one point apart ${share(agreement.withinOne)}.`
  )
}

export function iceAgreementSentence(agreement: IceJudgeAgreement): string {
  const kappa = agreement.kappa === undefined ? 'not defined (no answer in both classes)' : agreement.kappa.toFixed(2)
  return (
    `Agreement between the judges on the loose verdicts over ${agreement.items} answers every judge judged: Fleiss' kappa ${kappa}${interval(agreement.ci)}; ` +
    `two judges gave the same verdict ${share(agreement.exact)} of the time.`
  )
}

/** How to read alpha and kappa, for readers who do not use them every day. */
export const AGREEMENT_SCALE = 'Both coefficients are 1 for perfect agreement and near 0 for agreement no better than chance.'
