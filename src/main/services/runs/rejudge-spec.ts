import { AppError } from '../../../shared/contract/errors'
import type { JudgesFile } from '../../../shared/contract/judges-file'
import { runSpecSchema, type RunSpec } from '../../../shared/contract/run-spec'
import { RUN_NAME_MAX_CHARS } from '../../../shared/contract/run-spec-fields'
import { stableStringify } from '../../core/llm/cache-key'

/** "Re-judge of <name>", shortened to what a run's name may hold. */
export function rejudgeNameOf(originalName: string): string {
  const name = `Re-judge of ${originalName}`
  return name.length <= RUN_NAME_MAX_CHARS ? name : `${name.slice(0, RUN_NAME_MAX_CHARS - 1)}…`
}

/**
 * The spec of a re-judge run (issue 13 item 3): the first run's, with the judges file's models added
 * and its panel as `"judges"` (`"judge"` dropped). An alias the first run already uses for another
 * model is refused: the stored answers are filed under their aliases, so one name must keep meaning
 * one model. Reusing an alias for the very same model (say, re-judging with the reference) is fine.
 */
export function rejudgeSpecOf(original: RunSpec, originalName: string, file: JudgesFile): RunSpec {
  for (const [alias, model] of Object.entries(file.models)) {
    const existing = original.models[alias]
    if (existing !== undefined && stableStringify(existing) !== stableStringify(model))
      throw new AppError(
        'invalid_input',
        `The judges file's model "${alias}" is a different model from the run's own "${alias}": give the judge another name.`,
        [{ path: `models.${alias}`, message: `"${alias}" already names another model in this run.` }],
      )
  }
  const { judge: _single, judges: _panel, ...rest } = original
  return runSpecSchema.parse({ ...rest, name: rejudgeNameOf(originalName), models: { ...original.models, ...file.models }, judges: [...file.judges] })
}
