import type { IceResults } from '../contract/ice-results'
import type { RseResults } from '../contract/results'
import type { FigureName } from './catalogue'
import type { IceModelScores } from './definitions/ice-models'
import type { ScatterPoint } from './definitions/rse-ice-scatter'
import { modelKey } from './paper-overlay'

/** The results a figure is drawn from: the runs a user picked, of either kind. */
export interface FigureSources {
  readonly rse: readonly RseResults[]
  readonly ice: readonly IceResults[]
}

/** One group per ICE run, named by its target model; a model measured twice gets its alias added. */
export function iceModelsFrom(ice: readonly IceResults[]): IceModelScores[] {
  const counts = new Map<string, number>()
  for (const run of ice) counts.set(run.target.model, (counts.get(run.target.model) ?? 0) + 1)
  return ice.map((run, index) => {
    const repeated = (counts.get(run.target.model) ?? 0) > 1
    const label = repeated ? `${run.target.model} (${run.target.alias === run.target.model ? `run ${index + 1}` : run.target.alias})` : run.target.model
    return { label, scores: run.scores }
  })
}

/**
 * Points for the scatter: every RSE student with an Avg whose model was also an ICE target, paired
 * by model name (spelling-tolerant, see modelKey). A model with several ICE runs pairs with the
 * first, and each student appears once.
 */
export function scatterPointsFrom(sources: FigureSources): ScatterPoint[] {
  const iceByModel = new Map<string, IceResults>()
  for (const run of sources.ice) if (!iceByModel.has(modelKey(run.target.model))) iceByModel.set(modelKey(run.target.model), run)
  const seen = new Set<string>()
  const points: ScatterPoint[] = []
  for (const rse of sources.rse) {
    for (const student of rse.students) {
      const key = modelKey(student.model)
      const ice = iceByModel.get(key)
      const strict = ice?.scores.strict
      if (!ice || strict?.rate === null || strict === undefined || student.avg === undefined || seen.has(key)) continue
      seen.add(key)
      points.push({
        model: student.model,
        rseAvg: student.avg,
        ...(student.avgCi ? { rseCi: student.avgCi } : {}),
        iceStrict: strict.rate,
        ...(strict.low !== null && strict.high !== null ? { iceCi: { low: strict.low, high: strict.high } } : {}),
      })
    }
  }
  return points
}

/** Why a figure cannot be drawn from these sources, or undefined when it can. */
export function figureUnavailableReason(name: FigureName, sources: FigureSources): string | undefined {
  switch (name) {
    case 'rse-sets':
    case 'rse-heatmap':
      return sources.rse.length === 1 ? undefined : `${name} needs exactly one RSE run (got ${sources.rse.length})`
    case 'ice-models':
      return sources.ice.length >= 1 ? undefined : 'ice-models needs at least one ICE run'
    case 'ice-category':
    case 'ice-language':
      return sources.ice.length === 1 ? undefined : `${name} needs exactly one ICE run (got ${sources.ice.length})`
    case 'rse-ice-scatter':
      return scatterPointsFrom(sources).length > 0 ? undefined : 'rse-ice-scatter needs an RSE run and an ICE run of the same model (a student with an Avg whose model was an ICE target)'
  }
}
