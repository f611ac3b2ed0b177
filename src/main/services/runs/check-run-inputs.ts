import { AppError } from '../../../shared/contract/errors'
import type { RunSpec } from '../../../shared/contract/run-spec'
import { checkRseTemplate } from '../../core/evaluators/rse/judge-prompt'
import { resolveIceInputs, type IceLibraryPort } from '../../core/evaluators/ice/resolve-inputs'
import type { PromptSetService } from '../prompt-sets/prompt-set-service'
import type { SpecModelRegistry } from '../models/spec-models'

export interface CheckRunInputsDeps {
  readonly models: Pick<SpecModelRegistry, 'checkSaved' | 'checkReady'>
  readonly promptSets: Pick<PromptSetService, 'checkForRun'>
  readonly iceLibrary: IceLibraryPort
}

/**
 * The mistakes a person makes in a spec (a missing or malformed file, an unknown set or saved
 * model, a judge prompt without its placeholders, a key that is missing or cannot be read) found
 * before a run row exists, a set is stored or a call is paid for (issue 12 item 3). Throws the
 * AppError the run would otherwise fail with, so the command line can answer in one line.
 */
export async function checkRunInputs(deps: CheckRunInputsDeps, spec: RunSpec, baseDir: string | undefined): Promise<void> {
  deps.models.checkSaved(spec.models)
  if (spec.kind === 'rse' && spec.judgePrompt !== undefined) checkJudgePrompt(spec.judgePrompt)
  await deps.models.checkReady(spec.models)
  const options = baseDir ? { baseDir } : {}
  if (spec.kind === 'ice') {
    // Reads the questions and seeds without storing them, as the run will.
    await resolveIceInputs(spec, baseDir, deps.iceLibrary)
    return
  }
  for (const set of spec.promptSets) await deps.promptSets.checkForRun({ ...set, name: set.name }, options)
}

/** Without its placeholders the judge never sees the answers: refused before the answers are paid for. */
function checkJudgePrompt(template: string): void {
  const check = checkRseTemplate(template)
  if (!check.ok)
    throw new AppError(
      'invalid_input',
      `The spec's "judgePrompt" cannot be used. ${check.problems.join(' ')}`,
      check.problems.map((message) => ({ path: 'judgePrompt', message })),
    )
}
