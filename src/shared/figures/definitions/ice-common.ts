import type { IceRate, IceScoreSet } from '../../contract/ice-results'
import { ICE_MEASURE_COLOURS, withAlpha } from '../palette'
import type { ErrorBar } from '../plugins/types'
import { sentenceCase } from '../display-names'
import type { PaperStyle } from '../../export-options/figure-style'
import { axis, maxBarThickness, rateAxisMax, ZOOM_NOTE } from './common'

/** The three ICE measures in the paper's order (METHOD.md 2.6). */
export const ICE_MEASURES = ['loose', 'strict', 'hard'] as const
export type IceMeasure = (typeof ICE_MEASURES)[number]

/** One group of bars: measured (with Wilson intervals) or published (no intervals given). */
export type IceGroup =
  | { readonly label: string; readonly kind: 'measured'; readonly scores: IceScoreSet }
  | { readonly label: string; readonly kind: 'published'; readonly rates: Readonly<Record<IceMeasure, number>> }

const rateOf = (rate: IceRate): number | null => rate.rate

const barOf = (rate: IceRate): ErrorBar | null => (rate.low !== null && rate.high !== null ? { y: { low: rate.low, high: rate.high } } : null)

/** One dataset per measure over the groups, published groups drawn lighter, bars no wider than the figure allows. */
export function iceDatasets(groups: readonly IceGroup[], style: PaperStyle) {
  return ICE_MEASURES.map((measure) => {
    const colour = ICE_MEASURE_COLOURS[measure]
    return {
      label: sentenceCase(measure),
      maxBarThickness: maxBarThickness(style),
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

/**
 * The rate axis: the whole 0-1 scale, so figures of different runs compare at a glance; zoomed, it
 * ends just above the highest value or interval and its title says so. Bars start at 0 either way.
 */
export function rateAxis(style: PaperStyle, groups: readonly IceGroup[], zoom: boolean) {
  return axis(style, zoom ? `Rate ${ZOOM_NOTE}` : 'Rate', { min: 0, max: zoom ? rateAxisMax(iceExtent(groups)) : 1 })
}
