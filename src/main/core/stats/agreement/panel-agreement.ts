import type { Interval } from '../../../../shared/contract/results'
import { bootstrapOverUnits } from './agreement-interval'
import { agreementRates } from './agreement-rates'
import { alphaInterval } from './alpha-interval'
import { fleissKappa } from './fleiss-kappa'
import { krippendorffAlpha, type ReliabilityData } from './krippendorff-alpha'

/**
 * A judge panel's agreement (issue 13 item 2). RSE: Krippendorff's ordinal alpha over the judges'
 * overall scores, with exact and within-one rates. ICE: Fleiss' kappa over the judges' verdicts, on
 * the answers every judge gave a verdict on. Each with a seeded bootstrap 95% interval over items.
 * A panel of one has no agreement to measure: only its counts.
 */
export function rsePanelAgreement(
  units: ReliabilityData,
  seed: number,
): { alpha?: number; ci?: Interval; exact?: number; withinOne?: number; units: number; coders: number } {
  const coders = Math.max(0, ...units.map((unit) => unit.length))
  const base = { units: units.length, coders }
  if (coders < 2) return base
  const alpha = krippendorffAlpha(units, 'ordinal')
  const ci = alpha === undefined ? undefined : alphaInterval(units, 'ordinal', { seed })
  const rates = agreementRates(units)
  return { ...base, ...(alpha !== undefined ? { alpha } : {}), ...(ci ? { ci } : {}), ...(rates ? { exact: rates.exact, withinOne: rates.withinOne } : {}) }
}

export function icePanelAgreement(
  units: readonly (readonly (0 | 1 | undefined)[])[],
  seed: number,
): { kappa?: number; ci?: Interval; exact?: number; units: number; coders: number } {
  const coders = Math.max(0, ...units.map((unit) => unit.length))
  const complete = units.filter((unit) => unit.length === coders && unit.every((verdict) => verdict !== undefined)) as (0 | 1)[][]
  const base = { units: complete.length, coders }
  if (coders < 2 || complete.length === 0) return base
  const kappa = fleissKappa(complete)
  const ci = kappa === undefined ? undefined : bootstrapOverUnits(complete, (sample) => fleissKappa(sample), { seed })
  const exact = agreementRates(complete)?.exact
  return { ...base, ...(kappa !== undefined ? { kappa } : {}), ...(ci ? { ci } : {}), ...(exact !== undefined ? { exact } : {}) }
}
