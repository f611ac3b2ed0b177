import type { Model, RseSpecInput } from '../../../../shared/contract/index'
import { vendorFamily } from '../../../../shared/providers/families'
import { ApiError, userMessage } from '../../lib/api'
import { CHECK_CHOICES_MESSAGE, selectedSets, type RseContext, type RseField, type RseFieldErrors, type RseFormValues, type WizardStep } from './rse-form'
import { fieldOfSpecPath, firstInvalidStep, stepOfField } from './rse-form-checks'
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
 * METHOD.md section 3: a judge from the reference's own vendor family may favour answers in its
 * style. Families come from the model ids (`gpt-4o-mini` is OpenAI's, whatever the provider).
 */
export function selfPreferenceWarning(reference: Pick<Model, 'model'> | undefined, judge: Pick<Model, 'model'> | undefined): string | undefined {
  if (!reference || !judge) return undefined
  const family = vendorFamily(reference.model)
  if (family === undefined || family !== vendorFamily(judge.model)) return undefined
  return `The judge (${judge.model}) and the reference (${reference.model}) both come from ${family}. A judge may favour answers written in its own family’s style, which would inflate every score. Consider a judge from another vendor.`
}

export function judgeRoleWarnings(values: Pick<RseFormValues, 'referenceId' | 'studentIds' | 'judgeId'>): string[] {
  const warnings: string[] = []
  if (values.judgeId !== '' && values.judgeId === values.referenceId)
    warnings.push('The judge is the reference model itself: it would compare other answers with its own.')
  if (values.judgeId !== '' && values.studentIds.includes(values.judgeId))
    warnings.push('The judge is also one of the students: it would rate its own answers.')
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
