import { z } from 'zod'
import { AppError } from '../../../shared/contract/errors'
import { MAX_ICE_REPLICATES } from '../../../shared/contract/ice-spec'
import type { IceReplicateState, IceRunState } from '../../core/evaluators/ice/ports'
import { PACKAGE_FILES } from './package-format'

/** `data/ice-state.json`: replicate 0's stop state, or null when it had not stopped. */
export const iceStateSchema = z
  .object({ stopReason: z.string().max(200), iterations: z.number().int().min(0) })
  .strict()
  .nullable()

const replicateStateSchema = z
  .object({
    replicate: z
      .number()
      .int()
      .min(0)
      .max(MAX_ICE_REPLICATES - 1),
    stopReason: z.string().max(200),
    iterations: z.number().int().min(0),
  })
  .strict()

/** `data/ice-states.json`: every replicate's stop state, each replicate once. */
export const iceStatesSchema = z
  .array(replicateStateSchema)
  .max(MAX_ICE_REPLICATES)
  .superRefine((states, context) => {
    const seen = new Set<number>()
    states.forEach((state, index) => {
      if (seen.has(state.replicate))
        context.addIssue({ code: 'custom', path: [index, 'replicate'], message: `replicate ${state.replicate} appears more than once` })
      seen.add(state.replicate)
    })
  })

/**
 * Every replicate's stop state from a package. A package from before `data/ice-states.json` has
 * only replicate 0's, in `data/ice-state.json`. When both are there they must agree on replicate
 * 0, so a reader of either file sees the same run.
 */
export function replicateStatesOf(state: IceRunState | null, states: readonly IceReplicateState[] | undefined): IceReplicateState[] {
  if (states === undefined) return state ? [{ replicate: 0, ...state }] : []
  const own = states.find((entry) => entry.replicate === 0)
  const same = own && state ? own.stopReason === state.stopReason && own.iterations === state.iterations : own === undefined && state === null
  if (!same)
    throw new AppError(
      'invalid_input',
      `The package's ${PACKAGE_FILES.iceStates} does not agree with its ${PACKAGE_FILES.iceState} on replicate 0's stop state; one of them was changed.`,
    )
  return [...states].sort((a, b) => a.replicate - b.replicate)
}
