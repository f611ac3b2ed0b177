import type { SpotCheckAgreement } from '../../../shared/contract/spot-check'
import { alphaInterval } from '../stats/agreement/alpha-interval'
import { agreementRates } from '../stats/agreement/agreement-rates'
import { cohenKappa, cohenKappaInterval } from '../stats/agreement/cohen-kappa'
import { krippendorffAlpha } from '../stats/agreement/krippendorff-alpha'

/** One item rated by the person and by a judge (or the panel). */
export interface RatedPair {
  readonly person: number
  readonly judge: number
}

/**
 * How far the person and one judge agree over the items both rated (issue 13 item 6): RSE scores by
 * Krippendorff's ordinal alpha with exact and within-one rates, ICE verdicts by Cohen's kappa with the
 * exact rate; each coefficient with a seeded bootstrap 95% interval over the items.
 */
export function personAgreement(kind: 'rse' | 'ice', pairs: readonly RatedPair[], seed: number): Omit<SpotCheckAgreement, 'judge' | 'model'> {
  if (pairs.length === 0) return { n: 0 }
  if (kind === 'rse') {
    const units = pairs.map((pair) => [pair.person, pair.judge])
    const alpha = krippendorffAlpha(units, 'ordinal')
    const ci = alphaInterval(units, 'ordinal', { seed })
    const rates = agreementRates(units)
    return {
      n: pairs.length,
      ...(alpha !== undefined ? { alpha } : {}),
      ...(alpha !== undefined && ci ? { ci } : {}),
      ...(rates ? { exact: rates.exact, withinOne: rates.withinOne } : {}),
    }
  }
  const labelled = pairs.map((pair): [number, number] => [pair.person, pair.judge])
  const kappa = cohenKappa(labelled)
  const ci = cohenKappaInterval(labelled, [seed])
  const exact = labelled.filter(([person, judge]) => person === judge).length / labelled.length
  return { n: pairs.length, ...(kappa !== undefined ? { kappa } : {}), ...(kappa !== undefined && ci ? { ci } : {}), exact }
}

/** The panel's rating of an item from its judges' (undefined: no judge rated it, or an ICE tie). */
export function panelRating(kind: 'rse' | 'ice', ratings: readonly (number | undefined)[]): number | undefined {
  const given = ratings.filter((rating): rating is number => rating !== undefined)
  if (given.length === 0) return undefined
  if (kind === 'rse') return given.reduce((sum, rating) => sum + rating, 0) / given.length
  const ones = given.filter((rating) => rating === 1).length
  if (ones * 2 === given.length) return undefined
  return ones * 2 > given.length ? 1 : 0
}
