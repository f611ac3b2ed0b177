import type { ChartConfiguration } from 'chart.js'
import type { IceScoreSet } from '../../contract/ice-results'
import { iceWhiskerNote } from '../interval-note'
import { paperIceModels } from '../paper-overlay'
import { axis, baseOptions, PAPER_NOTE, PAPER_SUFFIX, type FigureOptions } from './common'
import { iceDatasets, rateAxis, type IceGroup } from './ice-common'

export interface IceModelScores {
  /** The model's name as it should be printed. */
  readonly label: string
  readonly scores: IceScoreSet
}

/**
 * The paper's ICE figure: loose, strict and hard rates per model as grouped bars, with each rate's
 * 95% interval, its method named in the subtitle (METHOD.md 2.6 and 3). One model per ICE run; several runs give several groups.
 */
export function iceModelsFigure(models: readonly IceModelScores[], options: FigureOptions): ChartConfiguration<'bar'> {
  const groups: IceGroup[] = [
    ...models.map((model): IceGroup => ({ label: model.label, kind: 'measured', scores: model.scores })),
    ...(options.paperOverlay ? paperIceModels().map((row): IceGroup => ({ label: row.model + PAPER_SUFFIX, kind: 'published', rates: row })) : []),
  ]
  const base = baseOptions<'bar'>(options.style, {
    title: 'ICE: identity contradictions per model',
    subtitle: [`share of attack rows; ${iceWhiskerNote(models.map((model) => model.scores))}`, ...(options.paperOverlay ? [PAPER_NOTE] : [])].join('; '),
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
