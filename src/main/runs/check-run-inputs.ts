import type { RunSpec } from '../../shared/contract/run-spec'
import { resolveIceInputs, type IceLibraryPort } from '../core/ice-run/resolve-inputs'
import type { PromptSetService } from '../core/prompt-sets/prompt-set-service'
import type { SpecModelRegistry } from '../providers/spec-models'

export interface CheckRunInputsDeps {
  readonly models: Pick<SpecModelRegistry, 'checkSaved'>
  readonly promptSets: Pick<PromptSetService, 'checkForRun'>
  readonly iceLibrary: IceLibraryPort
}

/**
 * The mistakes a person makes in a spec (a missing or malformed file, an unknown set or saved
 * model) found before a run row exists, a set is stored or a call is paid for. Throws the
 * AppError the run would otherwise fail with, so the command line can answer in one line.
 */
export async function checkRunInputs(deps: CheckRunInputsDeps, spec: RunSpec, baseDir: string | undefined): Promise<void> {
  deps.models.checkSaved(spec.models)
  const options = baseDir ? { baseDir } : {}
  if (spec.kind === 'ice') {
    // Reads the questions and seeds without storing them, as the run will.
    await resolveIceInputs(spec, baseDir, deps.iceLibrary)
    return
  }
  for (const set of spec.promptSets) await deps.promptSets.checkForRun({ ...set, name: set.name }, options)
}
