import type { IceSpecInput, Model } from '../../../../../shared/contract/index'
import { iceJudgeAffinity, judgeAffinityMessages } from '../../../../../shared/providers/judge-affinity'
import { ApiError, userMessage } from '../../../lib/api'
import { roleModels } from '../judge-panel'
import type { IceContext, IceField, IceFieldErrors, IceFormValues, IceStep, ResolvedIce } from './ice-form'
import { fieldOfIcePath, firstInvalidIceStep, stepOfIceField } from './ice-form-checks'
import { toIceSpecInput } from './ice-spec-input'

/* What the ICE wizard sends (the spec, once every step's checks pass), what it warns about, and the server's answers mapped back onto its fields. */
export type BuildIceSpecResult =
  | { readonly ok: true; readonly spec: IceSpecInput; readonly aliases: ReadonlyMap<string, string> }
  | { readonly ok: false; readonly step: IceStep; readonly errors: IceFieldErrors }

export function buildIceSpec(values: IceFormValues, context: IceContext): BuildIceSpecResult {
  const invalid = firstInvalidIceStep(values, context)
  if (invalid) return { ok: false, ...invalid }
  return { ok: true, ...toIceSpecInput(values, context) }
}

// ---------------------------------------------------------------------------------------------
// Warnings about roles

export function iceRoleWarnings(values: Pick<IceFormValues, 'targetId' | 'helperId' | 'judgeIds'>): string[] {
  const warnings: string[] = []
  if (values.targetId !== '' && values.judgeIds.includes(values.targetId)) {
    warnings.push(
      'A judge is the target itself: it would decide whether its own answers contradict its identity. Choose another model as the judge if you can.',
    )
  }
  if (values.helperId !== '' && values.helperId === values.targetId) {
    warnings.push('The helper is the target itself: it would write the templates meant to catch it out. This works, but the paper used a separate helper.')
  }
  return warnings
}

/**
 * A judge of the target's family, or from a suspected source vendor, may be partial: the rule the
 * estimate and the command line use too (judge-affinity.ts), over the vendors the run will use.
 */
export function iceAffinityWarnings(
  values: Pick<IceFormValues, 'targetId' | 'judgeIds'>,
  resolved: Pick<ResolvedIce, 'suspectedVendors'>,
  models: readonly Model[],
): string[] {
  return judgeAffinityMessages(
    iceJudgeAffinity({
      judges: roleModels(models, values.judgeIds),
      target: roleModels(models, [values.targetId])[0],
      suspectedVendors: resolved.suspectedVendors,
    }),
  )
}

// ---------------------------------------------------------------------------------------------
// Errors from the backend

export const CHECK_ICE_CHOICES = 'Some choices need attention. See the messages next to them.'

/** Issues of `runs.estimate` / `runs.start` next to their fields; the rest in the alert. */
export function iceSpecErrorsFrom(error: unknown): { readonly fields: IceFieldErrors; readonly general: string; readonly step?: IceStep } {
  if (!(error instanceof ApiError) || error.issues.length === 0) return { fields: {}, general: userMessage(error) }
  const fields: IceFieldErrors = {}
  const unplaced: string[] = []
  for (const issue of error.issues) {
    const field = fieldOfIcePath(issue.path)
    if (field === undefined) {
      if (!unplaced.includes(issue.message)) unplaced.push(issue.message)
    } else fields[field] ??= issue.message
  }
  const first = (Object.keys(fields) as IceField[])[0]
  return { fields, general: unplaced.length > 0 ? unplaced.join(' ') : CHECK_ICE_CHOICES, ...(first === undefined ? {} : { step: stepOfIceField(first) }) }
}
