import type { Interval } from '../../../../shared/contract/results'
import { runToEnd, type Steps } from '../steps'
import { agreementRates } from './agreement-rates'
import { alphaIntervalSteps } from './alpha-interval'
import { fleissKappa, fleissKappaFromCounts } from './fleiss-kappa'
import { krippendorffAlpha, type ReliabilityData } from './krippendorff-alpha'
import { patternBootstrapSteps, patternsOf } from './pattern-bootstrap'

export interface RsePanelAgreement {
  readonly alpha?: number
  readonly ci?: Interval
  readonly exact?: number
  readonly withinOne?: number
  readonly units: number
  readonly coders: number
}

export interface IcePanelAgreement {
  readonly kappa?: number
  readonly ci?: Interval
  readonly exact?: number
  readonly units: number
  readonly coders: number
}

/**
 * A judge panel's agreement (issue 13 item 2). RSE: Krippendorff's ordinal alpha over the judges'
 * overall scores, with exact and within-one rates. ICE: Fleiss' kappa over the judges' verdicts, on
 * the answers every judge gave a verdict on. Each with a seeded bootstrap 95% interval over items.
 * A panel of one has no agreement to measure: only its counts.
 */
export function* rsePanelAgreementSteps(units: ReliabilityData, seed: number): Steps<RsePanelAgreement> {
  const coders = Math.max(0, ...units.map((unit) => unit.length))
  const base = { units: units.length, coders }
  if (coders < 2) return base
  const alpha = krippendorffAlpha(units, 'ordinal')
  const ci = alpha === undefined ? undefined : yield* alphaIntervalSteps(units, 'ordinal', { seed })
  const rates = agreementRates(units)
  return { ...base, ...(alpha !== undefined ? { alpha } : {}), ...(ci ? { ci } : {}), ...(rates ? { exact: rates.exact, withinOne: rates.withinOne } : {}) }
}

export function* icePanelAgreementSteps(units: readonly (readonly (0 | 1 | undefined)[])[], seed: number): Steps<IcePanelAgreement> {
  const coders = Math.max(0, ...units.map((unit) => unit.length))
  const complete = units.filter((unit) => unit.length === coders && unit.every((verdict) => verdict !== undefined)) as (0 | 1)[][]
  const base = { units: complete.length, coders }
  if (coders < 2 || complete.length === 0) return base
  const kappa = fleissKappa(complete)
  // A subject's pattern is how many judges said 1; Fleiss' counts follow from it.
  const { patternOfUnit, patterns } = patternsOf(complete, (unit) => String(unit.filter((verdict) => verdict === 1).length))
  const rows = patterns.map((unit) => {
    const ones = unit.filter((verdict) => verdict === 1).length
    return [coders - ones, ones]
  })
  const kappaOf = (_found: unknown, counts: Float64Array) => fleissKappaFromCounts(rows, counts)
  const ci = kappa === undefined ? undefined : yield* patternBootstrapSteps(patternOfUnit, patterns, kappaOf, { seed, label: 'fleiss-bootstrap' })
  const exact = agreementRates(complete)?.exact
  return { ...base, ...(kappa !== undefined ? { kappa } : {}), ...(ci ? { ci } : {}), ...(exact !== undefined ? { exact } : {}) }
}

export const rsePanelAgreement = (units: ReliabilityData, seed: number) => runToEnd(rsePanelAgreementSteps(units, seed))
export const icePanelAgreement = (units: readonly (readonly (0 | 1 | undefined)[])[], seed: number) => runToEnd(icePanelAgreementSteps(units, seed))
