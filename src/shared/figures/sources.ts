import type { IceResults } from '../contract/ice-results'
import type { RseResults } from '../contract/results'
import type { FigureName } from '../export-options/figure-names'
import type { IceModelScores } from './definitions/ice-models'
import type { ScatterPoint } from './definitions/rse-ice-scatter'
import { modelKey } from './paper-overlay'
import { displayName } from './display-names'
import { runLabels, type SourceRun } from './run-labels'

/** The results a figure is drawn from: the runs a user picked, of either kind. */
export interface FigureSources {
  readonly rse: readonly RseResults[]
  readonly ice: readonly IceResults[]
  /**
   * The runs' names and dates, when the caller knows them (results carry only the run's id):
   * multi-run tables and figures label their runs with them, and fall back to the ids.
   */
  readonly runs?: readonly SourceRun[]
}

/**
 * One group per ICE run, named by its target: by display name in figures, by model id in tables
 * (`naming`). A name measured in several runs gets what tells its runs apart: the judge when the
 * judges differ, and the run's name when it is known (else the target's alias when the aliases
 * differ, else the run's position).
 */
export function iceModelsFrom(ice: readonly IceResults[], runs?: readonly SourceRun[], naming: 'model' | 'display' = 'model'): IceModelScores[] {
  const names = runs
    ? runLabels(
        ice.map((run) => run.runId),
        runs,
      )
    : undefined
  const target = (run: IceResults) => (naming === 'display' ? displayName(run, run.target.alias) : run.target.model)
  // A panel is named by all of its judges: a panel and its first judge alone are not like for like.
  const judge = (run: IceResults) =>
    (run.judges?.length ? run.judges : [run.judge]).map((one) => (naming === 'display' ? displayName(run, one.alias) : one.model)).join(' + ')
  return ice.map((run, index) => {
    const group = ice.filter((other) => target(other) === target(run))
    if (group.length === 1) return { label: target(run), scores: run.scores }
    const parts = [
      ...(new Set(group.map(judge)).size > 1 ? [`judge ${judge(run)}`] : []),
      ...(names ? [names[index]!] : aliasOrPosition(run, index, group, judge)),
    ]
    return { label: `${target(run)} (${parts.join(', ')})`, scores: run.scores }
  })
}

/** Without run names: the alias when every run of the model has its own, else the position where the judge does not already tell it apart. */
function aliasOrPosition(run: IceResults, index: number, group: readonly IceResults[], judge: (run: IceResults) => string): string[] {
  if (new Set(group.map((other) => other.target.alias)).size === group.length) return [run.target.alias]
  const twin = group.some((other) => other !== run && judge(other) === judge(run))
  return twin ? [`run ${index + 1}`] : []
}

/**
 * Points for the scatter: every RSE student with an Avg whose model was also an ICE target, paired
 * by model id (spelling-tolerant, see modelKey) and named by the student's display name. A model with several ICE runs pairs with the
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
        model: displayName(rse, student.alias),
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
    case 'rse-normalised':
      if (sources.rse.length !== 1) return `rse-normalised needs exactly one RSE run (got ${sources.rse.length})`
      return sources.rse[0]?.calibration ? undefined : 'rse-normalised needs the ceiling and floor: the run must measure them (calibration in its spec)'
    case 'ice-models':
      return sources.ice.length >= 1 ? undefined : 'ice-models needs at least one ICE run'
    case 'ice-category':
    case 'ice-language':
      return sources.ice.length === 1 ? undefined : `${name} needs exactly one ICE run (got ${sources.ice.length})`
    case 'rse-ice-scatter':
      return scatterPointsFrom(sources).length > 0
        ? undefined
        : 'rse-ice-scatter needs an RSE run and an ICE run of the same model (a student with an Avg whose model was an ICE target)'
  }
}
