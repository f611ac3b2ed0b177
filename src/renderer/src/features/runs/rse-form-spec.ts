import type { Model, RseSpecInput } from '../../../../shared/contract/index'
import { judgeAffinityMessages, rseJudgeAffinity } from '../../../../shared/providers/judge-affinity'
import { ApiError, userMessage } from '../../lib/api'
import { CHECK_CHOICES_MESSAGE, selectedSets, type RseContext, type RseField, type RseFieldErrors, type RseFormValues, type WizardStep } from './rse-form'
import { fieldOfSpecPath, firstInvalidStep, stepOfField } from './rse-form-checks'
import { roleModels } from './judge-panel'
import { toRseSpecInput } from './rse-spec-input'

/* What the RSE wizard sends (the spec, once every step's checks pass), what it warns about, and the server's answers mapped back onto its fields. */

export type BuildSpecResult =
  | { readonly ok: true; readonly spec: RseSpecInput; readonly aliases: ReadonlyMap<string, string>; readonly columns: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly step: WizardStep; readonly errors: RseFieldErrors }

export function buildRseSpec(values: RseFormValues, context: RseContext): BuildSpecResult {
  const invalid = firstInvalidStep(values, context)
  if (invalid) return { ok: false, ...invalid }
  return { ok: true, ...toRseSpecInput(values, context) }
}

// ---------------------------------------------------------------------------------------------
// Warnings about the judge

/**
 * METHOD.md section 3: a judge from the reference's or a student's vendor family may favour answers
 * in its style, by the rule the estimate and the command line use too (judge-affinity.ts). Families
 * come from the model ids (`gpt-4o-mini` is OpenAI's, whatever the provider); models go by their names.
 */
export function rseAffinityWarnings(values: Pick<RseFormValues, 'referenceId' | 'studentIds' | 'judgeIds'>, models: readonly Model[]): string[] {
  const role = (ids: readonly string[]) => roleModels(models, ids)
  return judgeAffinityMessages(rseJudgeAffinity({ judges: role(values.judgeIds), reference: role([values.referenceId])[0], students: role(values.studentIds) }))
}

export function judgeRoleWarnings(values: Pick<RseFormValues, 'referenceId' | 'studentIds' | 'judgeIds'>): string[] {
  const warnings: string[] = []
  if (values.referenceId !== '' && values.judgeIds.includes(values.referenceId))
    warnings.push('A judge is the reference model itself: it would compare other answers with its own.')
  if (values.judgeIds.some((id) => values.studentIds.includes(id))) warnings.push('A judge is also one of the students: it would rate its own answers.')
  return warnings
}

// ---------------------------------------------------------------------------------------------
// Errors from the backend

/**
 * Issues of `runs.estimate` / `runs.start` name spec fields (`spec.promptSets.0.sample`); they go
 * next to the wizard's field when there is one, and to the alert otherwise.
 */
export function specErrorsFrom(
  error: unknown,
  values: RseFormValues,
  context: RseContext,
): { readonly fields: RseFieldErrors; readonly general: string; readonly step?: WizardStep } {
  if (!(error instanceof ApiError) || error.issues.length === 0) return { fields: {}, general: userMessage(error) }
  const sets = selectedSets(values, context.promptSets)
  const fields: RseFieldErrors = {}
  const unplaced: string[] = []
  for (const issue of error.issues) {
    const field = fieldOfSpecPath(issue.path.replace(/^spec\.?/, ''), sets)
    if (field === undefined) {
      if (!unplaced.includes(issue.message)) unplaced.push(issue.message)
    } else fields[field] ??= issue.message
  }
  const first = (Object.keys(fields) as RseField[])[0]
  return {
    fields,
    general: unplaced.length > 0 ? unplaced.join(' ') : CHECK_CHOICES_MESSAGE,
    ...(first === undefined ? {} : { step: stepOfField(first) }),
  }
}
