import type { IceRate, IceScoreSet } from '../../contract/ice-results'
import { ICE_MEASURE_COLOURS, withAlpha } from '../palette'
import type { ErrorBar } from '../plugins/types'

/** The three ICE measures in the paper's order (METHOD.md 2.6). */
export const ICE_MEASURES = ['loose', 'strict', 'hard'] as const
export type IceMeasure = (typeof ICE_MEASURES)[number]

/** One group of bars: measured (with Wilson intervals) or published (no intervals given). */
export type IceGroup =
  | { readonly label: string; readonly kind: 'measured'; readonly scores: IceScoreSet }
  | { readonly label: string; readonly kind: 'published'; readonly rates: Readonly<Record<IceMeasure, number>> }

const rateOf = (rate: IceRate): number | null => rate.rate

const barOf = (rate: IceRate): ErrorBar | null => (rate.low !== null && rate.high !== null ? { y: { low: rate.low, high: rate.high } } : null)

/** One dataset per measure over the groups, published groups drawn lighter. */
export function iceDatasets(groups: readonly IceGroup[]) {
  return ICE_MEASURES.map((measure) => {
    const colour = ICE_MEASURE_COLOURS[measure]
    return {
      label: measure,
      data: groups.map((group) => (group.kind === 'measured' ? rateOf(group.scores[measure]) : group.rates[measure])),
      errorBars: groups.map((group) => (group.kind === 'measured' ? barOf(group.scores[measure]) : null)),
      backgroundColor: groups.map((group) => (group.kind === 'measured' ? colour : withAlpha(colour, 0.35))),
      borderColor: colour,
      borderWidth: groups.map((group) => (group.kind === 'measured' ? 0 : 0.75)),
    }
  })
}

/** Every value and interval end, to size the rate axis. */
export function iceExtent(groups: readonly IceGroup[]): (number | null)[] {
  return groups.flatMap((group) =>
    group.kind === 'measured'
      ? ICE_MEASURES.flatMap((measure) => [group.scores[measure].rate, group.scores[measure].high])
      : ICE_MEASURES.map((measure) => group.rates[measure]),
  )
}
