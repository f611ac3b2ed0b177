import { iceWhiskerNote } from '../interval-note'
import type { ChartConfiguration } from 'chart.js'
import type { IceResults, IceScoreSet } from '../../contract/ice-results'
import { ICE_CATEGORIES, ICE_LANGUAGES } from '../../ice/names'
import { displayName } from '../display-names'
import { axis, baseOptions, type FigureOptions } from './common'
import { iceDatasets, rateAxis, type IceGroup } from './ice-common'

export type IceBreakdown = 'category' | 'language'

const LANGUAGE_NAMES: Readonly<Record<string, string>> = { en: 'English', zh: 'Chinese' }

/** Known keys in METHOD.md's order first, then any others (a user's own questions) by name. */
function orderedKeys(groups: Readonly<Record<string, IceScoreSet>>, known: readonly string[]): string[] {
  const present = Object.keys(groups)
  return [...known.filter((key) => present.includes(key)), ...present.filter((key) => !known.includes(key)).sort()]
}

/**
 * One ICE run's rates per question category (team, cooperation, industry, technology, geography)
 * or per language, loose/strict/hard side by side with their intervals (method in the subtitle). Each group's label
 * carries its number of attack rows, since small groups have wide intervals. The paper publishes
 * no such breakdown, so there is nothing to overlay.
 */
export function iceBreakdownFigure(results: IceResults, breakdown: IceBreakdown, options: FigureOptions): ChartConfiguration<'bar'> {
  const source = breakdown === 'category' ? results.byCategory : results.byLanguage
  const keys = orderedKeys(source, breakdown === 'category' ? ICE_CATEGORIES : ICE_LANGUAGES)
  const groups: IceGroup[] = keys.map((key) => {
    const scores = source[key]!
    const name = breakdown === 'language' ? (LANGUAGE_NAMES[key] ?? key) : key
    return { label: `${name} (n=${scores.rows})`, kind: 'measured', scores }
  })
  const base = baseOptions<'bar'>(options.style, {
    title: `ICE by question ${breakdown}: ${displayName(results, results.target.alias)}`,
    subtitle: `share of attack rows; ${iceWhiskerNote(keys.map((key) => source[key]!))}`,
  })
  return {
    type: 'bar',
    data: { labels: groups.map((group) => group.label), datasets: iceDatasets(groups, options.style) },
    options: {
      ...base,
      scales: {
        x: axis(options.style, undefined, { grid: { display: false } }),
        y: rateAxis(options.style, groups, options.zoom ?? false),
      },
    },
  }
}
