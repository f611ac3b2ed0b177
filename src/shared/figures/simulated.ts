import type { FigureSources } from './sources'

/** What every export of simulated runs says (issue 18 item 2): figures, tables, packages. */
export const SIMULATED_NOTE = "Simulated data: the Offline demo's generated answers, not real model output."

/** The runs' models that answered from the Offline demo's simulator, by run, as "run: model, model". */
export function simulatedModelsIn(sources: FigureSources): string[] {
  return [...sources.rse, ...sources.ice].flatMap((results) => results.simulatedModels ?? [])
}

export const isSimulated = (sources: FigureSources): boolean => simulatedModelsIn(sources).length > 0
